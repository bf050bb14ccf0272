// Spanish: invented sentences, read with the Spanish pack.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('Spanish', () => {
  test('“…”, dijo el presidente X; según fuentes cercanas (vague); a name after a preposition is not the speaker', () => {
    const { items } = read('“No vamos a aceptar este acuerdo”, dijo el presidente Pedro Sánchez en Madrid. Según fuentes cercanas al Gobierno, la reunión fue tensa y larga.', 'es');
    expect(said(items, 'No vamos a aceptar')?.speaker).toBe('Pedro Sánchez');
    const v = said(items, 'la reunión fue tensa');
    expect(v?.vague).toBe(true);
    expect(v?.speaker).not.toBe('Gobierno');
  });

  test('dialogue dash: —… —afirmó la ministra', () => {
    const { items } = read('La ministra Lucía Ramos visitó el puerto el lunes.\n\n—Es un día histórico para la ciudad —afirmó la ministra.', 'es');
    const q = said(items, 'Es un día histórico');
    expect(q?.rule).toBe('dash-speech');
    expect(q?.speaker).toBe('Lucía Ramos');
  });

  test('el primer ministro with no country gives no officeholder', () => {
    const { items } = read('“Tenemos que hablar con todos los socios”, dijo el primer ministro tras la cumbre.', 'es');
    expect(said(items, 'Tenemos que hablar')?.speaker ?? null).not.toBe('Pedro Sánchez');
  });

  test('a definite description of office takes up the official named with a role: el funcionario, la vicepresidenta', () => {
    const text = 'El ministro de Economía, Luis Caputo, defendió el ajuste ante los diputados. “No hay plata”, afirmó el funcionario.\n\nLa vicepresidenta Victoria Villarruel habló después. “Es un momento difícil para todos”, señaló la vicepresidenta en una entrevista radial.';
    const { items } = read(text, 'es');
    expect(said(items, 'No hay plata')?.speaker).toBe('Luis Caputo');
    expect(said(items, 'Es un momento difícil')?.speaker).toBe('Victoria Villarruel');
  });

  test('a description is not taken up when someone else is named in its sentence', () => {
    const text = 'El ministro de Economía, Luis Caputo, defendió el ajuste. Tras reunirse con Cristina Ruiz, “no hay acuerdo”, dijo el funcionario.';
    const { items } = read(text, 'es');
    expect(said(items, 'no hay acuerdo')?.speaker).not.toBe('Luis Caputo');
  });

  test('"Para X," with a name is an opinion attributed; "Para llegar" is a purpose', () => {
    const { items } = read('Para Villarruel, el Congreso debe acompañar las reformas. Para llegar a tiempo, el tren salió muy temprano.', 'es');
    expect(said(items, 'el Congreso debe acompañar')?.source).toBe('Villarruel');
    expect(said(items, 'el tren salió')).toBeUndefined();
  });

  test('a quotation inside an according-to sentence is a partial quote of that source', () => {
    const { items } = read('Para el economista Carlos Melconian, el programa “tiene buenas intenciones pero llega tarde”.', 'es');
    const q = said(items, 'tiene buenas intenciones');
    expect(q?.kind).toBe('partial');
    expect(q?.speaker).toBe('Carlos Melconian');
  });

  test('a title with no country (el mandatario) takes up the leader spoken of last', () => {
    const { items } = read('Milei llamó a la Argentina “un país al margen de la ley” durante su discurso. El mandatario calificó la medida de “una estafa monumental contra los argentinos”.', 'es', '2024-05-01');
    expect(said(items, 'un país al margen')?.speaker).toBe('Javier Milei');
    expect(said(items, 'una estafa monumental')?.speaker).toBe('Javier Milei');
  });

  test('past the hearer: «…», dijo a la agencia EFE el alcalde X; «…», explicó a este diario (the person spoken of)', () => {
    const { items } = read('«Vamos a reconstruir el puente», dijo a la agencia EFE el alcalde Pedro Gómez. La ministra Ana López visitó la zona. «No faltará dinero», explicó a este diario.', 'es');
    expect(said(items, 'reconstruir el puente')?.speaker).toBe('Pedro Gómez');
    expect(said(items, 'No faltará dinero')?.speaker).toBe('Ana López');
  });

  test('aseguró el Ministerio de Hacienda: an organisation, not a person', () => {
    const { items, entities } = read('«No habrá recortes en sanidad», aseguró el Ministerio de Hacienda en un comunicado.', 'es');
    const q = said(items, 'No habrá recortes');
    expect(q?.source).toBe('el Ministerio de Hacienda');
    expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
  });

  test('a named subject before a colon: «La economista Laura Vidal habló con los periodistas: …»', () => {
    const { items } = read('La economista Laura Vidal habló con los periodistas: «La inflación seguirá alta hasta otoño».', 'es');
    expect(said(items, 'La inflación seguirá')?.speaker).toBe('Laura Vidal');
  });

  test('según un comunicado del Ministerio de Sanidad: the ministry speaks', () => {
    const { items, entities } = read('Según un comunicado del Ministerio de Sanidad, tres pacientes siguen ingresados.', 'es');
    const q = said(items, 'tres pacientes');
    expect(q?.source).toBe('Ministerio de Sanidad');
    expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
  });

  test('the tag set inside the quotation: «A —explicó López—. B»; not "…, dijo que …" inside it', () => {
    const { items } = read('La ministra Ana López visitó la zona. «Vamos a reconstruir todo —explicó López—. No faltará dinero para nadie». El alcalde Pedro Gómez la acompañó. «Mi abuelo siempre dijo que este río era traicionero y que había que respetarlo».', 'es');
    expect(said(items, 'Vamos a reconstruir')?.speaker).toBe('Ana López');
    expect(said(items, 'Mi abuelo siempre')?.speaker ?? null).not.toBe('Ana López');
  });

  test('a verb in the plural with no subject is no one person: «…», dijeron', () => {
    const { items } = read('El alcalde Pedro Gómez recorrió el barrio con los vecinos. «Vamos a reconstruir todo», dijeron.', 'es');
    expect(said(items, 'Vamos a reconstruir')?.speaker ?? null).toBe(null);
  });

  test('two people as one subject leave a later dropped subject unsure; one person does not', () => {
    const a = read('La ministra Ana López y el alcalde Pedro Gómez visitaron la zona. «Vamos a reconstruir todo», dijo.', 'es');
    expect(said(a.items, 'Vamos a reconstruir')?.speaker ?? null).toBe(null);
    const b = read('La ministra Ana López visitó la zona con los vecinos. «Vamos a reconstruir todo», dijo.', 'es');
    expect(said(b.items, 'Vamos a reconstruir')?.speaker).toBe('Ana López');
  });
});
