// Spanish: invented agency-style articles (EFE, Clarín, La Nación house styles), each with traps: a
// dateline, two persons, descriptions, an aside between subject and verb, a body, a hearer.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('Spanish articles', () => {
  test('Madrid (EFE): inverted tags, descriptions, a body after "de acuerdo con", a minister past "explicó que"', () => {
    const text = [
      'Madrid, 12 mar (EFE).- El presidente del Gobierno, Pedro Sánchez, defendió este martes la reforma de las pensiones ante el Congreso.',
      '"No vamos a dejar a nadie atrás", afirmó Sánchez durante la sesión de control. "Los jubilados de hoy y los de mañana tendrán una pensión digna", añadió.',
      'El líder de la oposición, Alberto Núñez Feijóo, respondió con dureza. "Este Gobierno ha perdido el rumbo y los españoles lo saben", dijo el dirigente popular.',
      'La vicepresidenta Yolanda Díaz, por su parte, se mostró optimista. "Estamos a un paso del acuerdo", señaló Díaz a los periodistas.',
      'De acuerdo con la Autoridad Independiente de Responsabilidad Fiscal, el gasto en pensiones alcanzará el 15 % del PIB en 2050.',
      'El ministro de Inclusión, José Luis Escrivá, explicó en una entrevista radial que los cambios serán graduales. "Nadie verá recortada su pensión", insistió el ministro.',
    ].join('\n\n');
    const { items, entities } = read(text, 'es');
    expect(said(items, 'No vamos a dejar')?.speaker).toBe('Pedro Sánchez');
    expect(said(items, 'Los jubilados de hoy')?.speaker).toBe('Pedro Sánchez');
    expect(said(items, 'ha perdido el rumbo')?.speaker).toBe('Alberto Núñez Feijóo');
    expect(said(items, 'a un paso del acuerdo')?.speaker).toBe('Yolanda Díaz');
    const body = said(items, 'el gasto en pensiones');
    expect(entities.find((e) => e.name === body?.speaker)?.type).toBe('organization');
    expect(said(items, 'Nadie verá recortada')?.speaker).toBe('José Luis Escrivá');
    // the dateline's place is no one
    expect(entities.map((e) => e.name)).not.toContain('Madrid');
  });

  test('Buenos Aires (Clarín): dash speech after a dateline, a description of a former office, an aside before a colon', () => {
    const text = [
      'Buenos Aires (Clarín).- La ex presidenta Cristina Fernández de Kirchner volvió a cuestionar al Gobierno en un acto en La Plata.',
      '—Nos quieren hacer creer que no hay alternativa —dijo ante una multitud—. Siempre hay alternativa.',
      'La exmandataria criticó el acuerdo con el Fondo Monetario Internacional. "Es un programa que ya fracasó", sostuvo.',
      'Horas después, el jefe de Gabinete, Guillermo Francos, le contestó en una conferencia de prensa en la Casa Rosada.',
      '—La señora tuvo su oportunidad y la desperdició —afirmó el funcionario—. Los argentinos no quieren volver al pasado.',
      'El economista Martín Redrado, en cambio, advirtió: "La inflación puede volver a acelerarse si no se acumulan reservas".',
      'Para el analista político Sergio Berensztein, la pelea "le conviene a los dos y a nadie más".',
    ].join('\n\n');
    const { items, entities } = read(text, 'es');
    expect(said(items, 'Nos quieren hacer creer')?.speaker).toBe('Cristina Fernández de Kirchner');
    expect(said(items, 'un programa que ya fracasó')?.speaker).toBe('Cristina Fernández de Kirchner');
    expect(said(items, 'La señora tuvo')?.speaker).toBe('Guillermo Francos');
    expect(said(items, 'La inflación puede volver')?.speaker).toBe('Martín Redrado');
    expect(said(items, 'le conviene a los dos')?.speaker).toBe('Sergio Berensztein');
    expect(entities.map((e) => e.name)).not.toContain('Buenos Aires');
    expect(entities.map((e) => e.name)).not.toContain('Fondo Monetario Internacional');
  });

  test('a description is taken back only to a person of its gender: "dijo la ministra" after a man is no one', () => {
    const text = 'El ministro de Hacienda, Carlos Cuerpo, presentó el presupuesto. "Es el más social de la historia", dijo la ministra.';
    const { items } = read(text, 'es');
    expect(said(items, 'Es el más social')?.speaker ?? null).not.toBe('Carlos Cuerpo');
  });

  test('a name after a preposition is not the subject a dropped subject goes back to', () => {
    const text = 'La alcaldesa Laura Vidal se reunió con el ministro de Fomento Óscar Puente. "Necesitamos más trenes", reclamó.';
    const { items } = read(text, 'es');
    expect(said(items, 'Necesitamos más trenes')?.speaker).toBe('Laura Vidal');
  });
});

describe('Spanish tags with adjuncts', () => {
  test('an adjunct after a dropped subject names no one else: —dijo ante una multitud—, "dijo este lunes"', () => {
    const a = read('La ministra Ana López visitó la zona.\n\n—No vamos a abandonar a nadie aquí —dijo ante una multitud—. Volveremos pronto.', 'es');
    expect(said(a.items, 'No vamos a abandonar')?.speaker).toBe('Ana López');
    const b = read('La ministra Ana López visitó la zona. «No vamos a abandonar a nadie aquí», dijo este lunes.', 'es');
    expect(said(b.items, 'No vamos a abandonar')?.speaker).toBe('Ana López');
  });
});

describe('Spanish articles (2)', () => {
  test('México (EFE): la mandataria, the verb that governs a quoted clause, a diplomat after his name with particles', () => {
    const text = [
      'MÉXICO (EFE) — La presidenta de México, Claudia Sheinbaum, rechazó este lunes las amenazas arancelarias de Washington.',
      '"México no es colonia de nadie", sostuvo la mandataria en su conferencia matutina en Palacio Nacional.',
      'Sheinbaum aseguró que su Gobierno mantiene "una relación de respeto" con Estados Unidos y que dialogará con las nuevas autoridades.',
      '"Vamos a defender a nuestros connacionales allá donde estén. No hay nada que temer", insistió.',
      'Por su parte, el canciller Juan Ramón de la Fuente dijo que el equipo negociador viajará a Washington la próxima semana.',
      '—Tenemos argumentos sólidos —explicó el diplomático—. Los aranceles perjudicarían a ambas economías.',
      'Según analistas consultados por EFE, el peso podría depreciarse si se concretan las medidas.',
      'El senador opositor Ricardo Anaya criticó la estrategia del Ejecutivo. "Se están tardando demasiado y eso nos cuesta empleos", afirmó el legislador del PAN.',
      'Fuentes de la Secretaría de Economía indicaron que las conversaciones técnicas comenzarán en marzo.',
    ].join('\n\n');
    const { items, entities } = read(text, 'es');
    expect(said(items, 'México no es colonia')?.speaker).toBe('Claudia Sheinbaum');
    expect(said(items, 'una relación de respeto')?.speaker).toBe('Claudia Sheinbaum');
    expect(said(items, 'Vamos a defender')?.speaker).toBe('Claudia Sheinbaum');
    expect(said(items, 'Tenemos argumentos sólidos')?.speaker).toBe('Juan Ramón de la Fuente');
    expect(said(items, 'Se están tardando')?.speaker).toBe('Ricardo Anaya');
    expect(entities.map((e) => e.name)).not.toContain('Gobierno');
  });

  test('Sevilla (EFE): el técnico takes up the coach spoken of, not the other coach named further on; a club is no person', () => {
    const text = [
      'Sevilla, 4 may (EFE).- El entrenador del Real Betis, Manuel Pellegrini, se mostró satisfecho tras la victoria ante el Valencia.',
      '"El equipo ha jugado un gran partido y merecía ganar", declaró el técnico chileno en la rueda de prensa posterior al encuentro.',
      'Preguntado por el futuro de Isco, Pellegrini fue tajante: "Es un jugador muy importante para nosotros y queremos que siga".',
      'El centrocampista, que marcó el segundo gol, agradeció el apoyo de la afición. "Sin esta gente no seríamos nada", dijo Isco a los micrófonos de Movistar.',
      'El presidente del club, Ángel Haro, también habló con los periodistas.',
      '"Estamos en el buen camino. La Champions es posible."',
      'El técnico del Valencia, Rubén Baraja, lamentó los errores defensivos. "Hemos regalado dos goles y así es imposible", reconoció.',
    ].join('\n\n');
    const { items } = read(text, 'es');
    expect(said(items, 'El equipo ha jugado')?.speaker).toBe('Manuel Pellegrini');
    expect(said(items, 'Es un jugador muy importante')?.speaker).toBe('Manuel Pellegrini');
    expect(said(items, 'Sin esta gente')?.speaker).toBe('Isco');
    expect(said(items, 'Estamos en el buen camino')?.speaker).toBe('Ángel Haro');
    expect(said(items, 'Hemos regalado dos goles')?.speaker).toBe('Rubén Baraja');
    expect(items.some((i) => i.speaker === 'Real Betis')).toBe(false);
  });
});

describe('Spanish articles (3)', () => {
  test('Moncloa: "según explicó X", a sequel "Así lo aseguró", a time adjunct and a hearer before the speaker, "en palabras de", an age aside', () => {
    const text = [
      'La portavoz del Gobierno, Pilar Alegría, compareció tras el Consejo de Ministros.',
      '"Hemos aprobado un paquete de ayudas sin precedentes", ha señalado la ministra. Según explicó Alegría, las ayudas llegarán a dos millones de hogares.',
      '"Esto es solo el principio." Así lo aseguró la portavoz, que no quiso dar más detalles sobre el calendario.',
      'En declaraciones a la Cadena SER, el líder de Vox, Santiago Abascal, calificó las medidas de "electoralistas". "Es dinero que pagarán nuestros hijos", dijo a la emisora.',
      '"No es verdad", replicó ella horas después en la red social X.',
      '«La vivienda es nuestra prioridad», ha asegurado este martes a los periodistas el ministro de Vivienda, Isabel Rodríguez.',
      '«Nadie quedará fuera del escudo social», afirmó en un comunicado el Ministerio de Derechos Sociales.',
      'En palabras del secretario general de UGT, Pepe Álvarez, "el acuerdo llega tarde pero llega".',
      'El alcalde de Valencia, de 52 años, afirmó: "La ciudad está preparada".',
    ].join('\n\n');
    const { items } = read(text, 'es');
    expect(said(items, 'Hemos aprobado un paquete')?.speaker).toBe('Pilar Alegría');
    expect(said(items, 'las ayudas llegarán')?.speaker).toBe('Pilar Alegría');
    expect(said(items, 'Esto es solo el principio')?.speaker).toBe('Pilar Alegría');
    expect(said(items, 'Es dinero que pagarán')?.speaker).toBe('Santiago Abascal');
    expect(said(items, 'La vivienda es nuestra prioridad')?.speaker).toBe('Isabel Rodríguez');
    expect(said(items, 'el acuerdo llega tarde')?.speaker).toBe('Pepe Álvarez');
    // the mayor is never named: no one else's words
    expect(said(items, 'La ciudad está preparada')?.speaker ?? null).not.toBe('Pepe Álvarez');
  });
});

describe('Spanish articles (4)', () => {
  test('Valencia (EFE): unnamed witnesses, a post on X before the speaker, a quotation over two paragraphs (»), "a la agencia", plural sources', () => {
    const text = [
      'Valencia (EFE).- Los vecinos del barrio de La Torre siguen sin luz tres días después de la riada.',
      '"Nadie ha venido a ayudarnos, estamos solos", lamentó una vecina, que prefirió no dar su nombre.',
      'Un portavoz de la Guardia Civil explicó que los equipos de rescate trabajan sin descanso. "Hemos evacuado a más de 300 personas", dijo el agente.',
      '«Las ayudas llegarán esta misma semana», aseguró en su cuenta de X el presidente de la Generalitat, Carlos Mazón.',
      '«La prioridad es reabrir los colegios y el centro de salud.',
      '»Después vendrá la reconstrucción de las viviendas», añadió Mazón.',
      'Fuentes de la investigación señalaron a EFE que el sistema de alertas falló. «Los avisos llegaron tarde», indicaron.',
      'La alcaldesa, María José Catalá, pidió calma. «Estamos coordinados con todas las administraciones», afirmó a la agencia.',
      'El líder socialista en la Comunitat, Diana Morant, cargó contra el Consell. "Han fallado a los valencianos", sentenció.',
    ].join('\n\n');
    const { items } = read(text, 'es');
    expect(said(items, 'Nadie ha venido a ayudarnos')?.speaker).toBe('una vecina');
    expect(said(items, 'Las ayudas llegarán')?.speaker).toBe('Carlos Mazón');
    const long = said(items, 'La prioridad es reabrir');
    expect(long?.speaker).toBe('Carlos Mazón');
    expect(long?.content).toContain('Después vendrá');
    // a verb in the plural with no subject names no one person
    expect(said(items, 'Los avisos llegaron tarde')?.speaker ?? null).toBe(null);
    expect(said(items, 'Estamos coordinados')?.speaker).toBe('María José Catalá');
    expect(said(items, 'Han fallado a los valencianos')?.speaker).toBe('Diana Morant');
  });

  test('the perfect tense of the Spanish press: «…», ha defendido el ministro; «…», ha añadido', () => {
    const { items } = read('El ministro de Cultura, Ernest Urtasun, ha presentado el plan. «Es una ley valiente», ha defendido el ministro. «Llega con retraso, pero llega», ha añadido.', 'es');
    expect(said(items, 'Es una ley valiente')?.speaker).toBe('Ernest Urtasun');
    expect(said(items, 'Llega con retraso')?.speaker).toBe('Ernest Urtasun');
  });
});

describe('Spanish articles (5)', () => {
  test('La Nación: a headline and a byline, a dropped subject before a partial quote, a paragraph of speech after it, a pollster', () => {
    const text = [
      'El Gobierno y los gremios vuelven a chocar por la reforma laboral',
      'La CGT anunció un paro general para el 24 de enero y el Gobierno respondió con dureza.',
      'Por Martín Rodríguez Yebra',
      'El secretario general de la CGT, Héctor Daer, encabezó la conferencia de prensa en la sede de la calle Azopardo. "La reforma es inconstitucional y la vamos a frenar en la Justicia y en la calle", advirtió el dirigente.',
      'A su lado, Pablo Moyano fue aún más lejos. Dijo que el Presidente "no entiende nada del mundo del trabajo" y pidió a los legisladores que rechacen el decreto.',
      '"No nos van a doblegar."',
      'En la Casa Rosada minimizaron la medida. El vocero presidencial, Manuel Adorni, dijo que el paro "no tiene ningún sentido". "Es un paro político de quienes defienden privilegios", agregó.',
      'La ministra de Seguridad, Patricia Bullrich, advirtió que se aplicará el protocolo antipiquetes. "El que corta una calle, va preso", sostuvo la funcionaria.',
      'Desde la oposición, el diputado Germán Martínez (Unión por la Patria) consideró que el Gobierno "busca el conflicto".',
      'Según una encuesta de la consultora Zuban Córdoba, el 55 % de los consultados rechaza la reforma.',
      '"Los números muestran un malestar creciente", explicó Gustavo Córdoba, director de la consultora, a LA NACION.',
    ].join('\n\n');
    const { items } = read(text, 'es');
    expect(said(items, 'La reforma es inconstitucional')?.speaker).toBe('Héctor Daer');
    expect(said(items, 'no entiende nada del mundo')?.speaker).toBe('Pablo Moyano');
    expect(said(items, 'No nos van a doblegar')?.speaker).toBe('Pablo Moyano');
    expect(said(items, 'no tiene ningún sentido')?.speaker).toBe('Manuel Adorni');
    expect(said(items, 'Es un paro político')?.speaker).toBe('Manuel Adorni');
    expect(said(items, 'El que corta una calle')?.speaker).toBe('Patricia Bullrich');
    expect(said(items, 'busca el conflicto')?.speaker).toBe('Germán Martínez');
    expect(said(items, 'Los números muestran')?.speaker).toBe('Gustavo Córdoba');
  });
});

describe('Spanish titles and media', () => {
  test('a title in marks after a noun of a work is no one\'s words; the medium\'s name with "de" is the hearer, not the speaker', () => {
    const text = 'La directora Ana López presentó la película "La noche más larga de nuestras vidas en Madrid" en San Sebastián. "Es una historia sobre el perdón y la memoria", dijo López. «No hay tiempo que perder», explicó al Diario de Sevilla la concejala Rosa Marín.';
    const { items, entities } = read(text, 'es');
    expect(said(items, 'La noche más larga')).toBeUndefined();
    expect(said(items, 'Es una historia sobre el perdón')?.speaker).toBe('Ana López');
    expect(said(items, 'No hay tiempo que perder')?.speaker).toBe('Rosa Marín');
    expect(entities.map((e) => e.name)).not.toContain('Sevilla');
  });
});

describe('Spanish colon quotes after a short clause', () => {
  test('a description named before, a name with a relative clause, a group: each the speaker of its colon quote', () => {
    const text = 'La ministra de Sanidad, Mónica García, visitó el hospital. La ministra fue tajante: "No vamos a permitir más recortes en la sanidad pública".\n\nEl presidente del Gobierno, Pedro Sánchez, también habló. Sánchez, que llegó tarde, fue claro: "Este Gobierno cumple su palabra con los médicos".\n\nLos vecinos lo tienen claro: "Queremos un hospital nuevo en el barrio ya".';
    const { items } = read(text, 'es');
    expect(said(items, 'No vamos a permitir')?.speaker).toBe('Mónica García');
    expect(said(items, 'Este Gobierno cumple')?.speaker).toBe('Pedro Sánchez');
    const v = said(items, 'Queremos un hospital');
    expect(v?.speaker).not.toBe('Pedro Sánchez');
    expect(v?.vague).toBe(true);
  });
});

describe('Spanish dash speech forms', () => {
  test('—…—, dijo X; —…, —dijo X; a dash against the words after a sentence in the paragraph; a dash aside in narration is no speech', () => {
    const a = read('La ministra Ana López visitó la zona.\n\n—No vamos a abandonar a nadie aquí—, dijo López.', 'es');
    expect(said(a.items, 'No vamos a abandonar')?.speaker).toBe('Ana López');
    const b = read('La ministra Ana López visitó la zona. —No vamos a abandonar a nadie aquí —dijo López.', 'es');
    expect(said(b.items, 'No vamos a abandonar')?.speaker).toBe('Ana López');
    const c = read('El ministro Pedro Gómez —que llegó tarde a la reunión con los vecinos— dijo que no habrá recortes.', 'es');
    expect(c.items.some((i) => i.rule === 'dash-speech')).toBe(false);
  });
});

describe('Spanish articles (6)', () => {
  test('El País style: present-tense tags with a dropped subject, a neighbour in apposition, el conseller, a spokeswoman before a colon', () => {
    const text = [
      'La sequía obliga a Cataluña a restringir el riego',
      'Los agricultores del Baix Llobregat calculan pérdidas millonarias por las restricciones.',
      'Josep Ferrer, de 58 años, cultiva alcachofas desde hace tres décadas. "Nunca habíamos visto algo así. Si no llueve en marzo, perderemos toda la cosecha", explica mientras señala un campo seco.',
      'Su vecina, Montse Puig, asiente. "Nos piden que ahorremos agua, pero nadie nos dice cómo vamos a pagar las facturas", lamenta.',
      'El conseller de Acción Climática, David Mascort, ha defendido las medidas en el Parlament. Según ha explicado, los embalses están al 15 % de su capacidad, el nivel más bajo desde que hay registros.',
      '"No hay alternativa. O restringimos ahora o en verano no habrá agua para beber", ha advertido el conseller.',
      'Fuentes del sector consultadas por este diario estiman que las pérdidas superarán los 200 millones de euros.',
      'La portavoz de Unió de Pagesos, Rosa Vidal, reclama ayudas directas: "Las explotaciones familiares no aguantarán otro año así".',
    ].join('\n\n');
    const { items } = read(text, 'es');
    expect(said(items, 'Nunca habíamos visto algo así')?.speaker).toBe('Josep Ferrer');
    expect(said(items, 'Nos piden que ahorremos agua')?.speaker).toBe('Montse Puig');
    expect(said(items, 'No hay alternativa')?.speaker).toBe('David Mascort');
    expect(said(items, 'Las explotaciones familiares')?.speaker).toBe('Rosa Vidal');
  });
});

describe('Spanish unnamed witnesses', () => {
  test('a paragraph of speech after a sentence about someone unnamed is theirs, not the last speaker\'s; not after a sentence about a group', () => {
    const a = read('El alcalde Juan Pérez visitó el barrio afectado. "Vamos a ayudar a todas las familias", dijo Pérez.\n\nUna vecina de 70 años lo vio todo desde su balcón.\n\n"El agua subió en cinco minutos y no pudimos sacar nada de casa."', 'es');
    expect(said(a.items, 'El agua subió')?.speaker).toBe('Una vecina');
    const b = read('El alcalde Juan Pérez visitó el barrio afectado. "Vamos a ayudar a todas las familias", dijo Pérez.\n\nLa oposición, en cambio, criticó la gestión del temporal.\n\n"Llegaron tarde y mal a todas partes, como siempre."', 'es');
    expect(said(b.items, 'Llegaron tarde y mal')?.speaker ?? null).not.toBe('Juan Pérez');
  });
});

describe('Spanish "según" with a dropped subject', () => {
  test('"Según ha explicado, …" is the person spoken of', () => {
    const { items } = read('El conseller de Acción Climática, David Mascort, ha defendido las medidas. Según ha explicado, los embalses están al 15 % de su capacidad.', 'es');
    expect(said(items, 'los embalses están')?.speaker).toBe('David Mascort');
  });
});

describe('Spanish groups as speakers', () => {
  test('«…», dijeron los manifestantes frente al ayuntamiento: the group, vague, not the mayor named before', () => {
    const { items } = read('El alcalde Juan Pérez recibió a los vecinos. «Queremos soluciones ya, no más promesas», dijeron los manifestantes frente al ayuntamiento.', 'es');
    const q = said(items, 'Queremos soluciones ya');
    expect(q?.speaker).toBe('los manifestantes');
    expect(q?.vague).toBe(true);
  });
});
