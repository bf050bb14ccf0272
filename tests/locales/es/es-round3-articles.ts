// Spanish: invented articles for round 3 (court, tennis, a storm in Chile, a culture interview), in the
// house styles of El Tiempo, Europa Press, EFE/Télam and El País. Each row: a quotation and its speaker,
// or null where a careful reader cannot tell. Batch 2 was written after the rule changes of batch 1.
import type { SpeakerRow } from '../speaker-table.ts';

export interface Article { title: string; text: string; rows: SpeakerRow[] }

export const BATCH1: Article[] = [
  {
    title: 'Bogotá (El Tiempo): a judge, a prosecutor, a defence lawyer; la jueza, según la Fiscalía, pro-drop',
    text: [
      'BOGOTÁ. La jueza tercera penal de Bogotá, Marcela Osorio, envió este jueves a la cárcel al exconcejal Hernán Rubiano, acusado de desviar fondos destinados a comedores escolares.',
      '"Las pruebas muestran un patrón sistemático de apropiación de recursos públicos", afirmó la jueza durante la audiencia, que se prolongó por más de seis horas.',
      'Según la Fiscalía, el exconcejal habría recibido más de 800 millones de pesos a través de contratistas de su confianza.',
      'El fiscal del caso, Andrés Quintero, pidió la medida de aseguramiento por el riesgo de que el procesado obstruyera la investigación. "Existe evidencia de que intentó contactar a dos testigos", aseveró.',
      'La defensa, en cambio, sostuvo que su cliente es inocente. "Mi defendido se ha presentado a todas las diligencias y no tiene intención de huir", dijo el abogado Camilo Ferreira a la salida de los juzgados de Paloquemao.',
      'Ferreira anunció que apelará la decisión. "Vamos a demostrar que aquí hay una persecución política", agregó.',
      'Rubiano, que escuchó la decisión en silencio, se limitó a declarar a los periodistas: "Confío en la justicia y voy a dar la cara".',
      'De acuerdo con la Contraloría, los contratos investigados suman cerca de 3.000 millones de pesos.',
      'La secretaria de Educación del Distrito, Isabel Cárdenas, celebró la decisión. Para la funcionaria, el caso "demuestra que la plata de los niños es sagrada".',
    ].join('\n\n'),
    rows: [
      ['Las pruebas muestran un patrón', 'Marcela Osorio'],
      ['Existe evidencia de que intentó', 'Andrés Quintero'],
      ['Mi defendido se ha presentado', 'Camilo Ferreira'],
      ['Vamos a demostrar que aquí', 'Camilo Ferreira'],
      ['Confío en la justicia', 'Hernán Rubiano'],
      ['la plata de los niños es sagrada', 'Isabel Cárdenas'],
    ],
  },
  {
    title: 'Europa Press: a tennis player in the perfect tense, el murciano, "en declaraciones a", a rival, the coach',
    text: [
      'MADRID, 18 Abr. (EUROPA PRESS) - El tenista español Daniel Barrera se ha clasificado este jueves para los cuartos de final del Mutua Madrid Open tras derrotar al noruego Erik Lindqvist por 6-4 y 7-6.',
      '"Ha sido un partido muy duro, él ha sacado de maravilla y he tenido que sufrir mucho", ha reconocido el murciano en la pista central de la Caja Mágica.',
      'El jugador, de 22 años, ha explicado que llegaba con molestias en el hombro. "No estaba al cien por cien, pero con la gente empujando todo es más fácil", ha añadido.',
      'En declaraciones a Europa Press, su entrenador, Samuel López, se ha mostrado satisfecho con la evolución del jugador. "Daniel está aprendiendo a ganar sin jugar su mejor tenis y eso es de campeones", ha asegurado el técnico.',
      'Lindqvist, por su parte, ha lamentado las oportunidades desperdiciadas en el segundo set.',
      '"Tuve tres bolas de set y no las aproveché. Contra un jugador así no te lo puedes permitir", ha admitido el noruego en la rueda de prensa.',
      'Según la organización, más de 12.000 espectadores asistieron al encuentro.',
      '"Aquí me siento como en casa", ha dicho Barrera antes de abandonar la pista entre aplausos.',
    ].join('\n\n'),
    rows: [
      ['Ha sido un partido muy duro', 'Daniel Barrera', 'or none'], // (el murciano: Murcia is in Spain)
      ['No estaba al cien por cien', 'Daniel Barrera'],
      ['Daniel está aprendiendo a ganar', 'Samuel López'],
      ['Tuve tres bolas de set', 'Erik Lindqvist'],
      ['Aquí me siento como en casa', 'Daniel Barrera'],
    ],
  },
  {
    title: 'Santiago (EFE): a storm, an institution in a communiqué, dialogue dashes, a vague source, para X, a quotation over two paragraphs',
    text: [
      'Santiago de Chile, 22 jun (EFE).- Al menos cuatro personas murieron y más de 3.000 quedaron damnificadas por el temporal de lluvia y viento que azota desde el miércoles el centro y sur de Chile, informó este sábado el Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred).',
      '"Las próximas 48 horas serán críticas y pedimos a la población que evite desplazamientos innecesarios", indicó el organismo en un comunicado.',
      'La ministra del Interior, Verónica Sepúlveda, visitó la comuna de Curanilahue, una de las más afectadas, junto al delegado presidencial de la región del Biobío, Gonzalo Arancibia.',
      '—Vamos a estar aquí hasta que la última familia vuelva a su casa —dijo la ministra a los vecinos—. El Estado no los va a dejar solos.',
      'Arancibia explicó que ya se habilitaron doce albergues. "Tenemos capacidad para recibir a unas 1.500 personas, y estamos trabajando con los municipios para ampliarla", puntualizó el delegado.',
      'Fuentes del Ministerio de Obras Públicas señalaron que al menos tres puentes sufrieron daños estructurales.',
      'Para el climatólogo Raúl Cordero, de la Universidad de Santiago, estos episodios "serán cada vez más frecuentes" por el calentamiento del océano.',
      'Una vecina de Curanilahue, Rosa Fuentealba, de 67 años, contó a EFE que el agua entró a su casa en plena madrugada. "Alcanzamos a sacar a mis nietos por la ventana. Perdimos todo", relató entre lágrimas.',
      '"Los muebles, la ropa, los documentos, todo se lo llevó el río.',
      '"Ahora solo nos queda empezar de nuevo."',
    ].join('\n\n'),
    rows: [
      ['Las próximas 48 horas serán críticas', 'Servicio Nacional de Prevención y Respuesta ante Desastres'],
      ['Vamos a estar aquí hasta que', 'Verónica Sepúlveda'],
      ['Tenemos capacidad para recibir', 'Gonzalo Arancibia'],
      ['serán cada vez más frecuentes', 'Raúl Cordero'],
      ['Alcanzamos a sacar a mis nietos', 'Rosa Fuentealba'],
      ['Ahora solo nos queda empezar', 'Rosa Fuentealba'],
    ],
  },
  {
    title: 'El País: a culture interview with colon quotes, described speakers (la escritora, el editor), pronouns',
    text: [
      'La escritora mexicana Lucía Iturbide publica este mes su cuarta novela, una historia de tres hermanas en el Monterrey de los años setenta.',
      'Iturbide, que vive en Madrid desde hace una década, lo tiene claro: "Escribo sobre mi familia porque es lo único que conozco de verdad".',
      'Su editor en España, Jordi Puigdomènech, recuerda la primera vez que leyó el manuscrito. "Supe en la página diez que era un libro importante", afirma el editor.',
      '"Me costó seis años terminarla", confiesa la escritora. "Hubo meses en que no escribí ni una línea."',
      'La novelista rechaza la etiqueta de autoficción. Según ella, todos los personajes son inventados, aunque "las heridas son reales".',
      'El crítico Ernesto Lavalle ha escrito que se trata de "la mejor novela mexicana de la década".',
      '"No leo las críticas, ni las buenas ni las malas", asegura Iturbide entre risas.',
    ].join('\n\n'),
    rows: [
      ['Escribo sobre mi familia', 'Lucía Iturbide'],
      ['Supe en la página diez', 'Jordi Puigdomènech'],
      ['Me costó seis años', 'Lucía Iturbide'],
      ['Hubo meses en que no escribí', 'Lucía Iturbide'],
      ['las heridas son reales', 'Lucía Iturbide'],
      ['la mejor novela mexicana', 'Ernesto Lavalle'],
      ['No leo las críticas', 'Lucía Iturbide'],
    ],
  },
  {
    title: 'Clarín: a health story with dialogue dashes, la médica, pro-drop over a paragraph, a ministry, a vague source, a hearer',
    text: [
      'Un brote de dengue obligó a reforzar las guardias en los hospitales del conurbano bonaerense, donde los casos se triplicaron en las últimas dos semanas.',
      'La directora del Hospital Posadas, la infectóloga Mariana Quiroga, recibió a Clarín en su despacho.',
      '—Estamos atendiendo el doble de consultas que en marzo del año pasado —dijo la médica—. Lo que más nos preocupa son los chicos.',
      'Quiroga explicó que la mayoría de los pacientes llega con fiebre alta y dolores musculares. "Pedimos a la gente que no se automedique y que consulte ante el primer síntoma", agregó.',
      'El Ministerio de Salud de la provincia informó en un comunicado que ya se distribuyeron 40.000 dosis de la vacuna en los municipios más afectados.',
      'Desde la cartera sanitaria nacional, en cambio, dijeron que la campaña de vacunación "no está pensada para cortar un brote".',
      'El intendente de Merlo, Gustavo Menéndez, pidió más recursos. "No podemos seguir esperando que nos manden los repelentes", sostuvo en declaraciones a Radio Mitre.',
      'Según fuentes del hospital, en la última semana hubo tres internaciones en terapia intensiva.',
      'Para el epidemiólogo Hugo Pizzi, la situación "era previsible" después de un verano tan lluvioso.',
      '"El mosquito no conoce de límites municipales", advirtió el especialista.',
    ].join('\n\n'),
    rows: [
      ['Estamos atendiendo el doble', 'Mariana Quiroga'],
      ['Pedimos a la gente que no se automedique', 'Mariana Quiroga'],
      ['no está pensada para cortar un brote', null],
      ['No podemos seguir esperando', 'Gustavo Menéndez'],
      ['era previsible', 'Hugo Pizzi'],
      ['El mosquito no conoce de límites', 'Hugo Pizzi'],
    ],
  },
  {
    title: 'El Tiempo: an interview in questions and answers; the intro names the interviewee; a quotation of someone else inside an answer',
    text: [
      'El director de la Orquesta Filarmónica de Medellín, Andrés Velásquez, habla de la gira europea que la agrupación inicia este mes.',
      '¿Cómo se prepara una orquesta para una gira de un mes?',
      '—Con mucha disciplina. Ensayamos seis horas diarias desde enero y hemos cuidado cada detalle del repertorio.',
      '¿Qué significa para la ciudad?',
      '—Es la prueba de que Medellín no es solo la ciudad de la violencia que mostraban las series. Aquí hay talento de sobra.',
      'Velásquez, de 45 años, dirigió durante una década orquestas juveniles en los barrios populares de la ciudad.',
      '"Él cambió mi vida", dice Camila Restrepo, violinista de 19 años que hará su primera gira con la Filarmónica.',
    ].join('\n\n'),
    rows: [
      ['Con mucha disciplina', 'Andrés Velásquez'],
      ['Es la prueba de que Medellín', 'Andrés Velásquez'],
      ['Él cambió mi vida', 'Camila Restrepo'],
    ],
  },
];

export const BATCH2: Article[] = [
  {
    title: 'Ciudad de México (Notimex): a summit, la mandataria, el canciller de otro país, aseveró, de acuerdo con, a colon quote',
    text: [
      'Ciudad de México, 9 oct (Notimex).- La presidenta de Honduras, Xiomara Castro, y el presidente de Guatemala, Bernardo Arévalo, acordaron este miércoles crear una comisión binacional para atender la migración irregular en la frontera común.',
      '"Nuestros pueblos no migran por gusto, migran por necesidad", aseveró la mandataria hondureña al término de la reunión celebrada en la capital mexicana.',
      'Arévalo coincidió con su homóloga y pidió a Estados Unidos "corresponsabilidad" en el financiamiento de los programas de desarrollo.',
      '"No se puede contener a las personas con muros; hay que darles razones para quedarse", puntualizó el guatemalteco.',
      'El canciller mexicano, Juan Pablo Ortega, quien actuó como anfitrión, fue claro: "México será un puente, no un muro".',
      'De acuerdo con la Organización Internacional para las Migraciones, más de 400.000 personas cruzaron la frontera entre ambos países en lo que va del año.',
      'Organizaciones civiles criticaron que la cumbre no incluyera a representantes de los migrantes. "Se habla de nosotros sin nosotros", lamentó Rosa Amaya, coordinadora de la Red de Casas del Migrante.',
      '"Vamos a volver a reunirnos en tres meses para evaluar los avances", indicó Castro antes de partir hacia Tegucigalpa.',
    ].join('\n\n'),
    rows: [
      ['Nuestros pueblos no migran por gusto', 'Xiomara Castro'],
      ['No se puede contener a las personas', 'Bernardo Arévalo', 'or none'], // (el guatemalteco: named as president of Guatemala)
      ['México será un puente', 'Juan Pablo Ortega'],
      ['Se habla de nosotros sin nosotros', 'Rosa Amaya'],
      ['Vamos a volver a reunirnos', 'Xiomara Castro'],
    ],
  },
  {
    title: 'Zaragoza (Europa Press): a council row in the perfect tense, la alcaldesa, el concejal, fuentes municipales, según ha explicado, a pronoun',
    text: [
      'ZARAGOZA, 27 Feb. (EUROPA PRESS) - El pleno del Ayuntamiento de Zaragoza ha rechazado este jueves la moción del PSOE para congelar las tarifas del autobús urbano, con los votos en contra del PP y Vox.',
      'El portavoz socialista, Raúl Lambán, ha acusado al equipo de Gobierno de "castigar a quien más usa el transporte público". "Es una subida injusta que pagarán los trabajadores y los estudiantes", ha afirmado el concejal.',
      'La alcaldesa, Natalia Chueca, ha defendido la actualización de las tarifas. "Llevamos cuatro años sin tocar el precio del billete y el servicio cuesta hoy un 30 por ciento más", ha replicado.',
      'Según ha explicado Chueca, los usuarios de la tarjeta joven y los mayores de 65 años no verán ningún cambio.',
      'La concejala de Movilidad, Tatiana Gaudes, ha anunciado además la compra de veinte autobuses eléctricos. "Zaragoza tendrá una de las flotas más limpias de España", ha asegurado ella.',
      'Fuentes municipales han precisado que la nueva tarifa entrará en vigor el 1 de abril.',
      'Desde Zaragoza en Común, su portavoz, Pedro Santisteve, ha lamentado que el Gobierno "no escuche a los vecinos".',
      '"Esto no va de números, va de modelo de ciudad", ha sentenciado.',
    ].join('\n\n'),
    rows: [
      ['castigar a quien más usa', 'Raúl Lambán', 'or none'], // ("ha acusado": the participle is also a noun, el acusado)
      ['Es una subida injusta', 'Raúl Lambán'],
      ['Llevamos cuatro años sin tocar', 'Natalia Chueca'],
      ['Zaragoza tendrá una de las flotas', 'Tatiana Gaudes'],
      ['no escuche a los vecinos', 'Pedro Santisteve'],
      ['Esto no va de números', 'Pedro Santisteve'],
    ],
  },
  {
    title: 'Buenos Aires (Télam): company results, el CEO, la compañía, en declaraciones a, a dash quote, para X, an analyst',
    text: [
      'La petrolera Andes Energía informó este lunes una ganancia de 215 millones de dólares en el segundo trimestre, impulsada por el aumento de la producción en Vaca Muerta.',
      'En declaraciones a Télam, el CEO de la compañía, Federico Lanusse, atribuyó el resultado a "un año récord de inversión". "Perforamos más pozos que nunca y eso se ve en los números", explicó el ejecutivo.',
      'Según la empresa, la producción de crudo creció un 22 % interanual y alcanzó los 48.000 barriles diarios.',
      'Lanusse anticipó que la firma analiza construir un oleoducto propio hacia la costa atlántica.',
      '—Sin infraestructura de transporte, Vaca Muerta no va a poder desplegar todo su potencial —advirtió.',
      'La secretaria de Energía, Mariela Sosa, celebró los resultados del sector en un acto en Neuquén. "La Argentina puede convertirse en un exportador neto de energía este mismo año", afirmó la funcionaria.',
      'Para la economista Victoria Giarrizzo, del Centro de Estudios Económicos Urbanos, el desafío es que los dólares del petróleo "lleguen al resto de la economía".',
      '"Sin crédito y con la industria parada, el derrame va a ser lento", advirtió la especialista.',
    ].join('\n\n'),
    rows: [
      ['un año récord de inversión', 'Federico Lanusse'],
      ['Perforamos más pozos que nunca', 'Federico Lanusse'],
      ['Sin infraestructura de transporte', 'Federico Lanusse'],
      ['La Argentina puede convertirse', 'Mariela Sosa'],
      ['lleguen al resto de la economía', 'Victoria Giarrizzo'],
      ['Sin crédito y con la industria parada', 'Victoria Giarrizzo'],
    ],
  },
];

/** Batch 3, written after batch 2's fixes and run before any change. */
export const BATCH3: Article[] = [
  {
    title: 'Bilbao (EFE): football, el delantero, el entrenador rival, añadió after another name (no one), a report as source',
    text: [
      'Bilbao, 16 dic (EFE).- El Athletic Club goleó este domingo al Rayo Vallecano por 4-0 en San Mamés gracias a un triplete de su delantero Iker Zubieta, que suma ya doce goles en la Liga.',
      '"Estoy viviendo un sueño, pero el mérito es de todo el equipo", declaró el delantero vizcaíno a los micrófonos de DAZN al término del encuentro.',
      'Su entrenador, Ernesto Valverde, elogió la madurez del jugador de 21 años. "Iker trabaja más que nadie y lo que le está pasando no es casualidad", aseguró el técnico.',
      'El preparador del Rayo, Íñigo Pérez, reconoció la superioridad local y pidió disculpas a los aficionados desplazados a Bilbao.',
      '"Hemos hecho el peor partido de la temporada y no tengo excusas", admitió Pérez, que ve peligrar su puesto.',
      'El presidente del Rayo, Raúl Martín Presa, no quiso hacer declaraciones. "Mañana hablaremos", añadió.',
      'Según un informe de LaLiga, San Mamés registró la mayor asistencia de la jornada, con 49.800 espectadores.',
    ].join('\n\n'),
    rows: [
      ['Estoy viviendo un sueño', 'Iker Zubieta'],
      ['Iker trabaja más que nadie', 'Ernesto Valverde'],
      ['Hemos hecho el peor partido', 'Íñigo Pérez'],
    ],
  },
  {
    title: 'Bogotá (El Tiempo): a health ministry, la ministra, el gremio in a statement, en diálogo con este diario, para X, a nurse with her age, a quotation over two paragraphs',
    text: [
      'La ministra de Salud, Carolina Corcho, anunció este martes un plan de choque para reducir las listas de espera en los hospitales públicos del país.',
      '"Hay pacientes que esperan seis meses por una cirugía y eso es inaceptable", dijo la funcionaria durante la presentación del plan en la Casa de Nariño.',
      'El plan prevé la contratación de 2.000 especialistas y la apertura de quirófanos en horario nocturno. Según el Ministerio, la inversión será de 1,2 billones de pesos.',
      'La Asociación Colombiana de Hospitales y Clínicas advirtió en un comunicado que los recursos "no alcanzan ni para pagar las deudas pendientes".',
      'Su presidente, Juan Carlos Giraldo, fue más allá en diálogo con este diario. "El Gobierno anuncia planes mientras los hospitales cierran servicios por falta de pago", afirmó.',
      'Para la enfermera Luz Marina Ortiz, de 54 años, que trabaja en el Hospital San Juan de Dios de Cali, el problema es el personal.',
      '"Hacemos turnos de dieciocho horas. Estamos agotadas.',
      '"Ningún plan funciona si no se cuida a quienes atienden a los pacientes", agregó.',
      'Corcho respondió a las críticas en su cuenta de X: "Los recursos están garantizados y el plan arranca en enero".',
    ].join('\n\n'),
    rows: [
      ['Hay pacientes que esperan seis meses', 'Carolina Corcho'],
      ['no alcanzan ni para pagar', 'Asociación Colombiana de Hospitales y Clínicas'],
      ['El Gobierno anuncia planes', 'Juan Carlos Giraldo'],
      ['Hacemos turnos de dieciocho horas', 'Luz Marina Ortiz'],
      ['Ningún plan funciona', 'Luz Marina Ortiz'],
      ['Los recursos están garantizados', 'Carolina Corcho', 'or none'], // (the network X reads as a name before the colon)
    ],
  },
  {
    title: 'Santiago (La Tercera): a Senate debate, el senador, la senadora, pro-drop, a pronoun after two persons (no one), según X, dialogue dashes',
    text: [
      'El Senado aprobó en general el proyecto de reforma de pensiones con 26 votos a favor y 22 en contra, tras una sesión que se extendió hasta la madrugada.',
      'La senadora socialista Paulina Vodanovic celebró la votación. "Es un paso histórico para millones de jubilados que hoy reciben pensiones indignas", sostuvo.',
      'El senador republicano Rojo Edwards, en cambio, acusó al oficialismo de "expropiar los ahorros de los trabajadores".',
      '—Esto es un impuesto al trabajo disfrazado de reforma —dijo el parlamentario en la sala—. Lo vamos a recurrir al Tribunal Constitucional.',
      'Vodanovic y Edwards protagonizaron un duro cruce durante la discusión en particular. "No acepto lecciones de quienes defendieron las AFP durante cuarenta años", replicó ella.',
      'Según el ministro del Trabajo, Giorgio Jackson, el Gobierno espera que la ley esté publicada antes de marzo.',
      '"Hemos escuchado a todos los sectores y el texto recoge muchas de sus propuestas", indicó el secretario de Estado.',
    ].join('\n\n'),
    rows: [
      ['Es un paso histórico', 'Paulina Vodanovic'],
      ['expropiar los ahorros', 'Rojo Edwards'],
      ['Esto es un impuesto al trabajo', 'Rojo Edwards'],
      ['No acepto lecciones', 'Paulina Vodanovic'],
      ['Hemos escuchado a todos los sectores', 'Giorgio Jackson'],
    ],
  },
];

/** Batch 4, written after batch 3's fixes and run before any change. */
export const BATCH4: Article[] = [
  {
    title: 'Lima (EFE): a trial of an ex-president, el exmandatario, la fiscal, su abogado, según la defensa, a colon quote, pro-drop',
    text: [
      'Lima, 5 nov (EFE).- El expresidente peruano Alberto Vizcarra Ríos negó este martes ante el tribunal haber recibido sobornos de una constructora cuando era gobernador de Moquegua.',
      '"Nunca recibí un sol de nadie y lo voy a demostrar", afirmó el exmandatario durante su declaración, que duró cerca de cuatro horas.',
      'La fiscal del caso, Rocío Gala, sostuvo que existen pruebas documentales de los pagos. "Tenemos los registros bancarios y el testimonio de tres colaboradores eficaces", aseguró.',
      'Su abogado, Erwin Siccha, calificó el proceso de "persecución política" y pidió la nulidad de las pruebas.',
      'Según la defensa, los colaboradores eficaces mintieron para obtener beneficios penitenciarios.',
      'El tribunal, presidido por la jueza Inés Tello, fijó la próxima audiencia para el 19 de noviembre.',
      'A la salida, el político habló con la prensa: "Confío en que los jueces van a ver la verdad".',
    ].join('\n\n'),
    rows: [
      ['Nunca recibí un sol de nadie', 'Alberto Vizcarra Ríos'],
      ['Tenemos los registros bancarios', 'Rocío Gala'],
      ['Confío en que los jueces', 'Alberto Vizcarra Ríos'],
    ],
  },
  {
    title: 'Valencia (Levante-EMV): a farmers protest, a union leader, the councillor, fuentes de la Conselleria, dijeron los agricultores (group), ha subrayado',
    text: [
      'Cerca de 3.000 agricultores han recorrido este miércoles el centro de Valencia con tractores para protestar por los bajos precios de la naranja.',
      '"Vendemos por debajo de coste desde hace tres campañas y así no hay quien aguante", han denunciado los agricultores al llegar a la plaza del Ayuntamiento.',
      'El presidente de la Unió de Llauradors, Carles Peris, ha exigido a la Generalitat ayudas directas. "Si no se actúa ya, en cinco años no quedará un naranjo en la Ribera", ha advertido el dirigente agrario.',
      'El conseller de Agricultura, Miguel Barrachina, ha recibido a una delegación de los manifestantes. Según fuentes de la Conselleria, el encuentro fue "cordial".',
      '"Estamos del lado de los agricultores y vamos a pedir a Bruselas que cierre la puerta a las importaciones sin controles", ha subrayado Barrachina tras la reunión.',
      'Peris, sin embargo, se ha mostrado escéptico. "Llevamos años escuchando promesas", ha lamentado.',
    ].join('\n\n'),
    rows: [
      ['Vendemos por debajo de coste', 'los agricultores'],
      ['Si no se actúa ya', 'Carles Peris'],
      ['Estamos del lado de los agricultores', 'Miguel Barrachina'],
      ['Llevamos años escuchando promesas', 'Carles Peris'],
    ],
  },
];

/** Batch 5, written after batch 4's fixes: measured only. */
export const BATCH5: Article[] = [
  {
    title: 'Caracas (EFE): an election dispute, el opositor, la presidenta del CNE, según el ente electoral, a hearer, a pronoun',
    text: [
      'Caracas, 30 jul (EFE).- El candidato opositor Edmundo Salas denunció este martes irregularidades en el escrutinio de las elecciones presidenciales y pidió una auditoría internacional.',
      '"Tenemos las actas que demuestran que ganamos por amplio margen", dijo Salas en una rueda de prensa en Caracas, acompañado por la dirigente María Teresa Ocando.',
      'La presidenta del Consejo Nacional Electoral (CNE), Tibisay Rangel, rechazó las acusaciones. "El sistema electoral venezolano es uno de los más seguros del mundo", afirmó la funcionaria.',
      'Según el ente electoral, la participación fue del 59 %.',
      'Ocando, por su parte, llamó a los venezolanos a movilizarse de forma pacífica. "No vamos a caer en provocaciones", aseguró ella a la agencia EFE.',
      'El Gobierno de Colombia pidió en un comunicado "transparencia total" en el conteo de votos.',
    ].join('\n\n'),
    rows: [
      ['Tenemos las actas que demuestran', 'Edmundo Salas'],
      ['El sistema electoral venezolano', 'Tibisay Rangel'],
      ['No vamos a caer en provocaciones', 'María Teresa Ocando'],
    ],
  },
  {
    title: 'Sevilla (Diario de Sevilla): a flamenco festival, la bailaora, el director del festival, para X, dialogue dashes, a quotation over two paragraphs',
    text: [
      'La Bienal de Flamenco de Sevilla abrió este jueves su edición número veinticuatro con un homenaje a la bailaora Matilde Coral.',
      'El director de la Bienal, Luis Ybarra, explicó que la programación reúne a 60 artistas en 45 espectáculos. "Queremos que la Bienal vuelva a ser el gran escaparate del flamenco en el mundo", señaló.',
      'La bailaora Rocío Molina, que protagonizó la gala inaugural, habló con este periódico tras la función.',
      '—Bailar aquí, en mi tierra, es volver a empezar —confesó la artista malagueña—. Cada vez me tiembla todo.',
      'Para el crítico Manuel Bohórquez, la edición "recupera el pulso de los grandes años".',
      '"El público ha respondido como nunca.',
      '"Las entradas para la mitad de los espectáculos están agotadas", añadió Ybarra en la presentación del balance de la primera semana.',
    ].join('\n\n'),
    rows: [
      ['Queremos que la Bienal vuelva', 'Luis Ybarra'],
      ['Bailar aquí, en mi tierra', 'Rocío Molina'],
      ['recupera el pulso de los grandes', 'Manuel Bohórquez'],
      ['Las entradas para la mitad', 'Luis Ybarra'],
    ],
  },
];
