// Spanish: invented articles for round 6, in genres the earlier fixtures did not use (an election-night live
// blog, a tabloid human-interest story, a miners' strike in Mexico, a second-division football match with both
// coaches). Names, events and words are invented. Each row: a quotation and its speaker, or null where a careful
// reader cannot tell. Batch 1 was run before any rule change (the held-out figure); batch 2 was written after.
import type { Article } from './es-round3-articles.ts';

export const ROUND6_BATCH1: Article[] = [
  {
    title: 'Zaragoza (live blog, Heraldo style): election night, ha escrito en X, a shrug before a colon, a quotation alone after a sentence about a surname, el ayuntamiento de Zaragoza, a hearer',
    text: [
      'DIRECTO | Noche electoral en Aragón: el PP gana las autonómicas y necesitará a Vox para gobernar',
      '23.40 | La candidata socialista, Pilar Lafuente, cierra su intervención con un mensaje a su rival: "Le deseo suerte; la va a necesitar". Después abandona la sede entre aplausos.',
      '23.25 | Arnal responde a Benedí desde el escenario del hotel: "Hablaré con todos, pero no aceptaré chantajes de nadie".',
      '23.10 | El líder de Vox vuelve a comparecer. Benedí asegura que su partido "no regalará" sus votos. "Queremos consejerías, no palmaditas en la espalda", insiste.',
      '22.47 | Lafuente comparece ante sus simpatizantes en la sede de la calle Conde de Aranda. "No es el resultado que esperábamos, pero seguiremos siendo la voz de quienes no se resignan", ha afirmado con la voz entrecortada.',
      '22.31 | El candidato popular, Jorge Arnal, ha escrito en la red social X un breve mensaje: "Gracias, Aragón. Hoy empieza todo".',
      '22.15 | Desde la sede de Vox, su cabeza de lista, Raúl Benedí, se encoge de hombros ante la pregunta sobre un posible pacto: "Eso lo decidirán los aragoneses, no los periodistas".',
      '22.02 | Arnal llega a la sede del partido entre gritos de "¡presidente, presidente!". Saluda uno por uno a los voluntarios y se detiene ante las cámaras.',
      '"Ha sido una campaña limpia y los ciudadanos han hablado alto y claro."',
      '21.48 | La participación se sitúa en el 64 %, tres puntos menos que hace cuatro años. "La jornada se ha desarrollado con total normalidad", ha señalado el ayuntamiento de Zaragoza en una nota.',
      '21.05 | El presidente en funciones, Ernesto Gil Sanz, que no se presentaba a la reelección, se ha mostrado "satisfecho" por la participación y ha felicitado a los ganadores.',
    ].join('\n\n'),
    rows: [
      ['Le deseo suerte', 'Pilar Lafuente'],
      ['Hablaré con todos', 'Jorge Arnal'],
      ['no regalará', 'Raúl Benedí'],
      ['Queremos consejerías', 'Raúl Benedí'],
      ['No es el resultado que esperábamos', 'Pilar Lafuente'],
      ['Gracias, Aragón', 'Jorge Arnal'],
      ['Eso lo decidirán los aragoneses', 'Raúl Benedí'],
      ['Ha sido una campaña limpia', 'Jorge Arnal'],
      ['La jornada se ha desarrollado', 'ayuntamiento de Zaragoza'],
      ['satisfecho', 'Ernesto Gil Sanz'],
    ],
  },
  {
    title: 'Murcia (tabloid human-interest): a returned wallet, su hija Carmen, su mujer Rocío, a laugh before a colon, a quotation alone after a sentence about a first name',
    text: [
      'MURCIA. Francisco Javier Olmos, un repartidor de 34 años vecino de Molina de Segura, encontró el pasado martes una cartera con 4.800 euros en efectivo en el aparcamiento de un supermercado. No se lo pensó dos veces: la llevó a la comisaría de la Policía Local.',
      '"Lo primero que pensé fue que alguien lo estaría pasando fatal", cuenta Olmos a este periódico mientras toma un café en el bar de la plaza.',
      'El dinero era de Amparo Ruiz, una jubilada de 78 años que acababa de cobrar la venta de un terreno. Su hija Carmen la acompañó a recoger la cartera. "Mi madre no ha dormido en dos noches", relata.',
      'Amparo Ruiz no pudo contener las lágrimas al ver al joven. "Hijo, que Dios te lo pague", le dijo mientras le abrazaba en la puerta de la comisaría.',
      'El inspector jefe de la Policía Local, Tomás Arráez, destacó el gesto del repartidor. "En veinte años de servicio no había visto nada igual", reconoció.',
      'La familia quiso darle una recompensa de 500 euros, pero él la rechazó. Olmos se ríe cuando se le pregunta por ello: "¿Recompensa? Mi recompensa fue ver la cara de esa señora".',
      'Su mujer, Rocío, no se sorprendió. "Es así desde que le conozco. Una vez devolvió hasta una barra de pan que le habían cobrado de menos", bromea.',
      'El alcalde de Molina de Segura, Eduardo Contreras, anunció que el ayuntamiento le entregará una placa en el próximo pleno. "Gente como Francisco Javier es el orgullo de este municipio", afirmó.',
      'Amparo, por su parte, ya ha pensado qué hará con el dinero.',
      '"Se lo voy a dar a mis nietos para que estudien. Y a Francisco Javier le voy a invitar a comer todos los domingos."',
    ].join('\n\n'),
    rows: [
      ['Lo primero que pensé', 'Francisco Javier Olmos'],
      ['Mi madre no ha dormido', 'Carmen'],
      ['que Dios te lo pague', 'Amparo Ruiz'],
      ['En veinte años de servicio', 'Tomás Arráez'],
      ['Mi recompensa fue ver', 'Francisco Javier Olmos'],
      ['Es así desde que le conozco', 'Rocío'],
      ['Gente como Francisco Javier', 'Eduardo Contreras'],
      ['Se lo voy a dar a mis nietos', 'Amparo Ruiz'],
    ],
  },
  {
    title: 'Zacatecas (La Jornada style): a miners\' strike, advirtió, a company communiqué and "señala el texto", dijo a Reuters, partial quotes, su hijo Julián, se limitó a declarar',
    text: [
      'CIUDAD DE MÉXICO. Los cerca de 1.200 trabajadores de la mina de plata San Rafael, en Zacatecas, cumplieron este lunes su tercera semana en huelga sin avances en la negociación con la empresa canadiense Northvale Mining.',
      'El secretario general de la sección 201 del sindicato minero, Adalberto Reyes, advirtió que los trabajadores no levantarán el paro mientras la compañía no reinstale a los 40 despedidos. "No vamos a cambiar a nuestros compañeros por un bono", dijo en un mitin frente a la bocamina.',
      'Northvale Mining difundió el domingo un comunicado en el que lamenta "las pérdidas millonarias" provocadas por el paro. "Hemos presentado una oferta responsable y seguimos abiertos al diálogo", señala el texto.',
      'La secretaria del Trabajo, Luisa Mendoza, dijo a la agencia Reuters que la dependencia convocó a ambas partes a una nueva mesa el jueves. "Nadie gana con un conflicto largo", insistió la funcionaria.',
      'Reyes se mostró escéptico. Considera que la convocatoria llega "tarde" y que la empresa "juega a cansar" a los trabajadores.',
      'En el campamento instalado junto a la carretera, las esposas de los mineros preparan comida para los huelguistas. María Guadalupe Ortiz, de 52 años, lleva tres semanas sin faltar un día. "Mi marido lleva 26 años bajando a la mina. Aquí no pedimos limosna, pedimos respeto", dice mientras remueve una olla de frijoles.',
      'Su hijo Julián, de 24 años, es uno de los despedidos. "Me corrieron por ir a una asamblea", asegura.',
      'El gobernador de Zacatecas, Ramiro Esparza, evitó tomar partido. "Respetamos el derecho de huelga y también la inversión", se limitó a declarar.',
      'Al cierre de esta edición, la empresa no había respondido a las preguntas de este diario.',
    ].join('\n\n'),
    rows: [
      ['No vamos a cambiar a nuestros compañeros', 'Adalberto Reyes'],
      ['las pérdidas millonarias', 'Northvale Mining'],
      ['Hemos presentado una oferta responsable', 'Northvale Mining'],
      ['Nadie gana con un conflicto largo', 'Luisa Mendoza'],
      ['tarde', 'Adalberto Reyes'],
      ['juega a cansar', 'Adalberto Reyes'],
      ['Aquí no pedimos limosna', 'María Guadalupe Ortiz'],
      ['Me corrieron por ir', 'Julián'],
      ['Respetamos el derecho de huelga', 'Ramiro Esparza'],
    ],
  },
  {
    title: 'Ferrol (Marca style): second-division football with both coaches, el técnico vasco, su homólogo, a smile before a colon, el centrocampista gallego, a quotation alone after a sentence about a surname, uno de ellos',
    text: [
      'El Racing de Ferrol y el Burgos firmaron este domingo un empate sin goles en A Malata en un partido de pocas ocasiones y mucha tensión en el tramo final.',
      'El entrenador del Racing, Íñigo Vallejo, se mostró molesto con el arbitraje en la rueda de prensa. "Hay un penalti clarísimo sobre Seoane en el minuto 70 y nadie lo revisa", protestó el técnico vasco.',
      '"El equipo ha competido, pero nos ha faltado pausa en los últimos metros", añadió.',
      'Su homólogo en el Burgos, Luis Cerezo, valoró el punto. "Venir aquí y dejar la portería a cero tiene mucho mérito", afirmó el preparador catalán, que no quiso entrar en la polémica.',
      'Preguntado por la jugada del minuto 70, Cerezo sonrió: "Desde el banquillo no lo vi. Si el árbitro dice que no es, no es".',
      'El capitán del Racing, Álvaro Seoane, cuyo disparo se estrelló en el larguero en la primera parte, fue más comedido que su entrenador.',
      '"No vamos a poner excusas. Tuvimos ocasiones para ganar y no las metimos", reconoció el centrocampista gallego en zona mixta.',
      'Vallejo, en cambio, volvió a la carga antes de abandonar la sala.',
      '"Lo diré las veces que haga falta: hoy nos han quitado dos puntos."',
      'Al término del encuentro, ambos entrenadores se saludaron en el centro del campo. "Es un gran equipo y lo demostrará", comentó uno de ellos, según captaron las cámaras de televisión.',
      'El Burgos, que suma cuatro partidos sin perder, recibirá el próximo sábado al Eldense. "Ahora toca descansar y pensar en el siguiente", zanjó Cerezo.',
    ].join('\n\n'),
    rows: [
      ['Hay un penalti clarísimo', 'Íñigo Vallejo'],
      ['El equipo ha competido', 'Íñigo Vallejo'],
      ['Venir aquí y dejar la portería', 'Luis Cerezo'],
      ['Desde el banquillo no lo vi', 'Luis Cerezo'],
      ['No vamos a poner excusas', 'Álvaro Seoane'],
      ['Lo diré las veces que haga falta', 'Íñigo Vallejo'],
      ['Es un gran equipo y lo demostrará', null],
      ['Ahora toca descansar', 'Luis Cerezo'],
    ],
  },
];

export const ROUND6_BATCH2: Article[] = [];
