"""Round 8 (h74), Spanish: the new constructions in other words, and kind twins.

Written by round 8's rule writer (docs/coach.md, "Round 8 (h74), Spanish"), never copied
from a held-out batch: each FLAG sentence says what a round 8 rule looks for in other words,
each TRAP says the same words kindly, about someone else, about the writer, negated, quoted,
or as thanks, so a rule or a decline that reaches too far is caught.

- 58: written after the round's first rules; scored once: flagged 18/20 with the model
  ("nada más me buscas cuando…" and "no te importa nada de nadie" missed), traps 1/71
  ("qué detalle tan lindo, gracias por las flores": the model's sarcasm).
- 59: traps only, written before any rule changed for them; scored once: 8/64 flagged (a
  portrait in usted, shared memories with "nosotros", good news a cousin told, "para mí
  nunca lo has sido", "aquí estamos todos", diligence and presence after "siempre").
- 60: written before any rule changed for it; scored once: rules 18/24 (0.75), with the
  model 21/24; traps 2/25 ("toda la vida has sido un hombre de palabra", "cada vez que te
  presto un libro me lo devuelves con una nota bonita").

- 61: the last rules' own sentences and kind twins, written with them.
- 62, 63: written before any rule changed for them; first looks below, at their lists.

Then tuned on, like every development batch.
"""

from __future__ import annotations

FLAG_58: list[tuple[str, set[str]]] = [
    ("Siempre has sido un mentiroso, desde chiquito.", {"absolute"}),
    ("Tú siempre fuiste un borracho, aunque no lo quieras ver.", {"absolute"}),
    ("Nada más me buscas cuando se te acaba la plata.", {"absolute"}),
    ("Solo llamas cuando necesitas algo, nunca para preguntar por tus hijos.", {"absolute"}),
    ("Contigo jamás se puede hablar sin que termines gritando.", {"absolute"}),
    ("No te importa nada de nadie, solo tu botella.", {"absolute"}),
    ("Siempre con tus excusas, nunca cambias.", {"absolute"}),
    ("Cada vez que te pido ayuda me sales con un cuento.", {"absolute"}),
    ("Eso va a pesar en tu conciencia toda la vida.", {"blame"}),
    ("Tu mamá se enfermó de los nervios y tú sabes por qué.", {"blame"}),
    ("Perdimos la casa porque te gastabas todo en el juego.", {"blame"}),
    ("Fue por todos los problemas que causaste que tu papá se enfermó.", {"blame"}),
    ("Por culpa de tu vicio tu hija ya no te habla.", {"blame"}),
    ("Tu sobrino empezó a tomar porque te vio tomando.", {"blame"}),
    ("Genial lo de anoche, llegaste hasta atrás a la cena de tu suegra.", {"sarcasm"}),
    ("Qué buena madre, ni te acordaste de recoger a los niños.", {"sarcasm"}),
    ("El esposo perfecto, llegando borracho a las tres de la mañana.", {"sarcasm"}),
    ("Gracias por llegar tomado a mi boda, qué detalle.", {"sarcasm"}),
    ("Todos quedamos fascinados con tu numerito en la boda.", {"sarcasm"}),
    ("Te luciste en el bautizo con tu escándalo.", {"sarcasm"}),
]

GOOD_58: list[str] = []

TRAPS_58: list[str] = [
    "Yo fui un borracho durante diez años y sé lo que se siente.",
    "Siempre he sido una persona desconfiada, eso es cosa mía.",
    "Nunca supe decirte lo orgullosa que estoy de ti.",
    "Yo siempre llegaba tarde a todo cuando tomaba, así que te entiendo.",
    "Por mi culpa muchas veces no te escuché, y te pido perdón.",
    "Me da vergüenza admitir que yo también te grité aquella noche.",
    "Cada vez que me acuerdo de ti, sonrío.",
    "Mi papá era un alcohólico y tú lo cuidaste hasta el final.",
    "Tu abuelo siempre llegaba borracho, y tú juraste que nunca serías así.",
    "El vecino es un mentiroso, pero tú siempre fuiste honesto conmigo.",
    "Mi hermana nunca me habla desde que se fue a vivir lejos.",
    "Ese doctor es un narcisista, no le hagas caso.",
    'Me dijiste: "soy un fracasado", y se me partió el alma.',
    "Una vez me escribiste «nunca voy a cambiar» y yo no te creí.",
    'Tú mismo decías "soy un borracho" riéndote, y a mí me dolía.',
    "Quiero que hagamos borrón y cuenta nueva, juntos.",
    "Nunca olvidaré el día que me enseñaste a manejar.",
    "Jamás olvidaré cómo me cuidaste cuando me operaron.",
    "La casa quedó limpia y ordenada después de que la pintaste.",
    "Siempre dejas la cocina limpia, y eso te lo agradezco.",
    "Fue un juego limpio, ganaste con todas las de la ley.",
    "Tienes la conciencia limpia conmigo, te lo digo de corazón.",
    "Más vale tarde que nunca, hijo, y aquí estoy.",
    "Siempre hay una primera vez para pedir ayuda.",
    "Eres una mujer valiente y una madre maravillosa.",
    "Eres un gran hermano, siempre lo has sido.",
    "Qué buen padre eres con tus hijos cuando estás sobrio, de verdad lo admiro.",
    "Eres el hijo más cariñoso que una madre puede pedir.",
    "Siempre fuiste el alma de la fiesta, el que nos hacía reír.",
    "Tú eras la que siempre organizaba las comidas de los domingos.",
    "Eres un trabajador incansable y todos te respetan.",
    "No eres un mal padre, eres un padre enfermo que puede sanar.",
    "No es tu culpa que tu papá se haya ido.",
    "Nadie dice que seas un borracho; te queremos ver bien.",
    "No siempre fue así, y sé que puede volver a ser diferente.",
    "Esto no es un castigo ni una amenaza, es amor.",
    "Nunca has sido un estorbo para mí.",
    "Por ti aprendí a andar en bicicleta.",
    "Por ti soy la mujer que soy hoy.",
    "Gracias a ti pude terminar la carrera de enfermería.",
    "Por ti me hice enfermera, porque te vi cuidar a la abuela.",
    "Nosotros siempre íbamos a pescar al río los domingos.",
    "Todos nos reíamos cuando contabas tus chistes en la mesa.",
    "Toda la familia te extraña en las comidas.",
    "Hemos pasado momentos muy lindos juntos, y quiero más.",
    "Nosotros también nos equivocamos contigo, y lo sentimos.",
    "El doctor dijo que mi mamá tiene depresión y tú la acompañaste a todas las citas.",
    "A tu tía le diagnosticaron bipolaridad y tú fuiste el primero en apoyarla.",
    "La psiquiatra me dijo que yo tengo ansiedad, y estoy en tratamiento.",
    "El médico dice que tu papá está en negación con su diabetes.",
    "Si decides ir al tratamiento, yo te llevo y te espero.",
    "Pase lo que pase, siempre vas a tener un lugar en esta casa.",
    "No es una amenaza: te quiero y voy a estar aquí.",
    "Tu hermana me dijo que la ayudaste con la mudanza, y me dio mucho gusto.",
    "Dicen que el centro de tratamiento tiene muy buenos consejeros.",
    "Tu jefe me contó que eres el mejor de su equipo.",
    "Qué orgullo verte en tu graduación, mijo.",
    "Te luciste con la comida de Navidad, todos quedaron felices.",
    "Bárbaro lo tuyo en el partido, che, qué golazo.",
    "Felicidades por tus seis meses, de verdad.",
    "Qué detalle tan lindo, gracias por las flores.",
    "El hijo modelo de la abuela, ayudándola siempre con las compras.",
    "Sé que sabes muy bien por qué te escribo: porque te quiero.",
    "La tienda quebró porque llegó la pandemia, no por ti.",
    "Fue por todo el amor que me diste que salí adelante.",
    "Tu recuperación es tu responsabilidad, y yo voy a apoyarte.",
    "Cada vez que te pido un favor, me ayudas sin quejarte.",
    "Me hablas solo cuando puedes, y lo entiendo porque trabajas mucho.",
    "Siempre con tus chistes, nos alegras el día.",
    "Contigo nunca se aburre uno, hermano.",
    "No sientes vergüenza de pedir ayuda, y eso es valiente.",
]

FLAG_59: list[tuple[str, set[str]]] = []

GOOD_59: list[str] = []

TRAPS_59: list[str] = [
    "Tú eras el que siempre cocinaba para todos en Navidad.",
    "Usted era la que nunca faltaba a una fiesta del pueblo, siempre con su guitarra.",
    "Fuiste el que siempre me llevaba a la escuela en la moto.",
    "Eres una madre entregada y una abuela consentidora, y eso nadie lo duda.",
    "Eres un hombre honrado y un papá presente, lo digo con el corazón.",
    "Sos un tipo generoso, un amigo leal, y te quiero un montón.",
    "Es usted una señora trabajadora y una mujer muy valiente.",
    "Esta no es la última vez que te voy a decir que te quiero.",
    "No es un ultimátum, es una mano tendida.",
    "Cada vez que llego a tu casa me invitas un tinto y platicamos.",
    "Cada vez que te llamo me contestas con cariño.",
    "Siempre que vamos a verte nos preparas unas arepas.",
    "Todas las veces que te necesité, llegaste.",
    "Cada vez que pienso en ti, me acuerdo de tu risa.",
    "Nosotros nunca vamos a dejar de quererte.",
    "Nosotros nos acordamos de cuando nos llevabas al mar.",
    "En la familia todos te queremos y te extrañamos.",
    "Mi mamá dice que eres el nieto más cariñoso.",
    "Me contó tu prima que le echaste la mano con la mudanza.",
    "El doctor le dijo a mi papá que tiene principio de demencia.",
    "La psicóloga de tu hermano dice que él está deprimido.",
    "Yo estuve en negación mucho tiempo con lo de mi divorcio.",
    "Yo era un adicto al trabajo y casi pierdo a mi familia.",
    "Mi tío fue un alcohólico toda su vida, y tú eras su consentido.",
    "La casa estaba limpiecita cuando llegamos, gracias a ti.",
    "Me dejaste el carro limpio y con gasolina, qué lindo.",
    "Dejaste el baño limpio, mijo, te lo agradezco.",
    "Estás limpio de deudas desde el año pasado, y eso es un logro.",
    "Tenías el alma limpia de niño, y la sigues teniendo.",
    "Borrón y cuenta nueva, hermano: empecemos otra vez.",
    "Nunca olvidaré tus abrazos cuando murió mi papá.",
    "Nunca voy a olvidar el viaje que hicimos a Veracruz.",
    "Jamás te voy a dejar solo en esto.",
    "Por ti dejé de fumar, porque me lo pediste con cariño.",
    "Por ti volví a creer en la familia.",
    "Todo lo que soy te lo debo a ti, papá.",
    "Gracias a usted sus nietos aprendieron a pescar.",
    'Mi hermano dice: "ya no tengo remedio", y eso me parte el corazón.',
    'Tú me dijiste "soy una carga", pero para mí nunca lo has sido.',
    "No eres un fracaso, eres mi hijo y te amo.",
    "No tienes la culpa de lo que pasó con tu mamá.",
    "No estás sola en esto, aquí estamos todos.",
    "Sé que no te sientes orgulloso de lo que pasó, y yo tampoco te juzgo.",
    "Eres muy trabajador, siempre te levantas temprano para ir a la obra.",
    "Siempre te levantas temprano para abrir la tienda, y te admiro.",
    "Nunca te quejas cuando te toca trabajar el domingo.",
    "Siempre llamas a tu abuela los domingos, y eso la hace feliz.",
    "Nunca te he visto rendirte ante nada.",
    "Qué bonito verte jugar con tus hijos el domingo.",
    "Qué orgullo tenerte de hermano.",
    "Gracias por estar siempre en mis cumpleaños.",
    "Siempre estuviste en mis partidos de fútbol, papá.",
    "Te quiero, y si aceptas el tratamiento, te acompaño a la primera cita.",
    "Si quieres, podemos ir juntos a una reunión.",
    "El terapeuta nos explicó que la adicción es una enfermedad.",
    "Dicen que el tiempo lo cura todo, y yo quiero creerlo.",
    "Mi abuela decía que los borrachos no tienen la culpa, que es una enfermedad.",
    "De chiquito siempre te escondías debajo de la mesa cuando jugábamos.",
    "Cuando eras niño nunca querías dormirte temprano.",
    "Sé que estás cansado de que todos te digamos qué hacer.",
    "Estoy cansada, sí, pero nunca de ti.",
    "Yo soy la que siempre llega tarde a todo, ya lo sé.",
    "Los médicos dicen que la recuperación es posible.",
    "Ayer tu hijo me preguntó por ti y le dije que estás trabajando en ponerte bien.",
]

FLAG_60: list[tuple[str, set[str]]] = [
    ("Toda la vida has sido un vago, Ramiro, toda la vida.", {"absolute"}),
    ("Usted siempre ha sido una borracha, mamá, desde que tengo memoria.", {"absolute"}),
    ("Nomás te acuerdas de mí cuando te falta para la renta.", {"absolute"}),
    ("Apareces únicamente cuando se te acaba el dinero.", {"absolute"}),
    ("Con vos nunca se puede contar para nada.", {"absolute"}),
    ("No te preocupas por nada ni por nadie.", {"absolute"}),
    ("Siempre con tus pretextos, nunca con una disculpa.", {"absolute"}),
    ("Cada vez que te presto el carro me lo devuelves chocado.", {"absolute"}),
    ("Todo el santo día estás tirado en el sillón con una cerveza.", {"absolute"}),
    ("Eso lo vas a cargar en tu conciencia, hermano.", {"blame"}),
    ("Tu mamá no duerme por las noches y tú sabes bien la razón.", {"blame"}),
    ("Nos embargaron la casa porque apostabas todo en las peleas de gallos.", {"blame"}),
    ("Fue por todas las mentiras que dijiste que tu esposa se fue.", {"blame"}),
    ("Es culpa de tu trago que los niños tengan miedo.", {"blame"}),
    ("Tu primo se metió en las drogas porque te veía drogándote.", {"blame"}),
    ("La responsabilidad de que tu hija llore es tuya y de nadie más.", {"blame"}),
    ("Espectacular lo de anoche, vomitaste en la sala de tu suegra.", {"sarcasm"}),
    ("Qué buen hijo, ni una llamada en el día de las madres.", {"sarcasm"}),
    ("La esposa ejemplar, durmiendo la borrachera en el carro.", {"sarcasm"}),
    ("Llegaste tomado al bautizo de tu sobrino, qué elegancia.", {"sarcasm"}),
    ("Todos quedamos impresionados con tu escándalo en la boda.", {"sarcasm"}),
    ("Te la luciste en el velorio de tu tío, llegando hasta atrás.", {"sarcasm"}),
    ("Muy bonito, mijo, empeñar el reloj de tu abuelo para comprar piedra.", {"sarcasm"}),
    ("Gracias por dejarnos sin luz otra vez, de verdad, gracias.", {"sarcasm"}),
]

GOOD_60: list[str] = []

TRAPS_60: list[str] = [
    "Toda la vida has sido un hombre de palabra, papá.",
    "Usted siempre ha sido una mujer fuerte, mamá.",
    "Nomás te acuerdas de mí y me mandas un mensaje; eso me encanta.",
    "Con vos siempre se puede contar, hermano.",
    "Cada vez que te presto un libro me lo devuelves con una nota bonita.",
    "Tú sabes bien por qué te quiero tanto.",
    "Fue por todo lo que me enseñaste que hoy soy maestra.",
    "La tienda cerró porque el dueño se jubiló, no por nada que hicieras.",
    "Muy bonito el regalo que le diste a tu sobrino.",
    "Espectacular lo de tu ascenso, hijo, te lo mereces.",
    "La esposa ejemplar que fuiste cuidando a mi papá enfermo, nunca lo olvido.",
    "Qué elegancia la de tu boda, todo fue precioso.",
    "Quedamos impresionados con tu discurso en la boda.",
    "Te luciste con el mole de la abuela.",
    "Yo también me siento responsable de lo que pasó.",
    "Mi mamá siempre ha sido una borracha, y yo crecí cuidándola.",
    "Mi ex siempre llegaba tarde, pero tú nunca me fallaste.",
    '"Soy un vago", me dijiste un día, y yo no estuve de acuerdo.',
    "Dejaste la casa limpiecita antes de irte, gracias.",
    "Nosotros siempre la pasábamos bien en las posadas.",
    "El psiquiatra de mi hermana dice que ella tiene trastorno bipolar.",
    "Si un día quieres hablar, aquí estoy, sin reproches.",
    "Eso no es tu culpa ni tu responsabilidad, mija.",
    "Cargas con mucho dolor en tu conciencia, y quiero ayudarte a soltarlo.",
    "Por ti aprendí a perdonar.",
]

# 61: the last rules' own sentences and kind twins (a counted "we", the day a condition
# comes true, "el último diciembre que te aguantamos", hearsay "de cómo…", "contigo",
# "estorbo", "de esas personas con…", praise said by the family), written with the rules.
FLAG_61: list[tuple[str, set[str]]] = [
    ("Los dos pensamos que ya tomas demasiado.", {"we"}),
    ("Las cuatro estamos hartas de tus mentiras.", {"we"}),
    ("El día que me entere de que manejaste tomado, te quito las llaves para siempre.", {"threat"}),
    ("Apenas te vea llegar drogado otra vez, te vas de esta casa.", {"threat"}),
    ("Esta es la última Navidad que te soportamos borracho.", {"threat"}),
    ("Toda la colonia habla de cómo te caíste de borracho en la fiesta.", {"hearsay"}),
    ("Contigo nunca se puede tener una conversación tranquila.", {"absolute"}),
    ("Te has vuelto un estorbo para todos en esta casa.", {"insult"}),
    ("Sos de esos tipos con trastorno narcisista que no escuchan a nadie.", {"diagnosis"}),
    ("La responsabilidad de que tu papá esté en el hospital es toda tuya.", {"blame"}),
]

GOOD_61: list[str] = []

TRAPS_61: list[str] = [
    "El día que decidas ir al tratamiento, te llevo yo.",
    "El día que me entere de que estás bien, voy a hacer una fiesta.",
    "Este es el último diciembre que pasamos separados, eso espero.",
    "Las dos pensamos que eres muy valiente.",
    "Todos pensamos que eres una mamá maravillosa.",
    "Los tres nos acordamos de cuando nos llevabas a la playa.",
    "Nunca has sido un estorbo para mí.",
    "Mi hermano es de esas personas con depresión que no piden ayuda.",
    "Todo el mundo habla de cómo ayudaste a los vecinos en la inundación.",
    "Contigo siempre se puede hablar de todo, y eso lo valoro.",
    "No es la última vez que te voy a abrazar.",
]

# 62: written before any rule changed for it (Spain, voseo, the Caribbean; trap twins of
# each), scored once: rules 16/20, with the model 18/20; traps 3/30 by the rules, 4/30 with
# the model ("cada fin de semana es lo mismo contigo: risas…", "vaya ejemplo le das…,
# levantándote cada día a trabajar", "si te vuelvo a ver sonreír…", a doctor's word about
# the writer's father). Then tuned on.
FLAG_62: list[tuple[str, set[str]]] = [
    ("Tío, siempre la lías en las comidas familiares, siempre.", {"absolute"}),
    ("Nunca jamás has cumplido una promesa, ni una.", {"absolute"}),
    ("Vos siempre igual, chupando hasta perderte.", {"absolute"}),
    ("Todas las navidades terminas peleando con alguien.", {"absolute"}),
    ("Cada fin de semana es lo mismo contigo: fiesta y cruda.", {"absolute"}),
    ("Tu hija dejó de comer por las angustias que le haces pasar.", {"blame"}),
    ("Por andar de parranda perdiste el trabajo y nos hundiste a todos.", {"blame"}),
    ("Mi mamá se enfermó del corazón de tanto sufrir por ti.", {"blame"}),
    ("Esto que estamos viviendo es obra tuya, de nadie más.", {"blame"}),
    ("Todo este desastre lleva tu firma.", {"blame"}),
    ("Olé, campeón, otra vez borracho en el cumple de tu hija.", {"sarcasm"}),
    ("Qué maravilla de padre, dormido en el coche con los niños dentro.", {"sarcasm"}),
    ("Muy bien, tío, muy bien: te has gastado el dinero del alquiler en copas.", {"sarcasm"}),
    ("Vaya ejemplo le das a tu hijo, llegando a gatas a casa.", {"sarcasm"}),
    ("Claro, claro, tú lo controlas, por eso chocaste el carro.", {"sarcasm"}),
    ("Como vuelvas a tocar un peso de la cuenta, te denuncio.", {"threat"}),
    ("Si te vuelvo a ver así delante de los niños, no los ves más.", {"threat"}),
    ("O te internas esta semana o te olvidas de mí.", {"threat"}),
    ("Una más y te saco tus cosas a la calle.", {"threat"}),
    ("A la próxima borrachera, pido el divorcio.", {"threat"}),
]

GOOD_62: list[str] = []

TRAPS_62: list[str] = [
    "Yo siempre la lío con las fechas, ya me conoces.",
    "Nunca jamás te voy a dejar de querer.",
    "Vos siempre igual de cariñoso con tus sobrinos.",
    "Todas las navidades terminas cantando con los niños, y me encanta.",
    "Cada fin de semana es lo mismo contigo: risas y comida rica.",
    "Mi hija dejó de comer dulces porque se lo recomendó el dentista.",
    "Por andar en bicicleta contigo aprendí a no tener miedo.",
    "Mi mamá se enfermó del corazón el año pasado y tú la cuidaste.",
    "Esto que estamos viviendo es difícil para todos, también para ti.",
    "Todo este jardín lleva tu firma, papá.",
    "Olé, campeón, terminaste la carrera de diez kilómetros.",
    "Qué maravilla de padre eres cuando juegas con los niños.",
    "Muy bien, tío, muy bien: te has sacado el título.",
    "Vaya ejemplo le das a tu hijo, levantándote cada día a trabajar.",
    "Claro que tú puedes con esto, yo lo sé.",
    "Como vuelvas a sonreír así, me vas a hacer llorar de alegría.",
    "Si te vuelvo a ver sonreír, habrá valido la pena.",
    "O vienes a comer el domingo o te llevo yo la comida.",
    "Una más de tus bromas y me muero de risa.",
    "A la próxima reunión familiar te guardo un lugar.",
    "Mi primo dice que soy una exagerada, y quizá tiene razón.",
    "El médico dijo que mi papá es alcohólico y tú fuiste el único que lo acompañó.",
    "Tú me dijiste 'siempre lo arruino todo', y no es verdad.",
    "No es que siempre llegues tarde; es que te extraño cuando no estás.",
    "No digo que seas un mal hermano; digo que te necesito.",
    "Tu papá era un borracho, y tú has sido mejor padre de lo que él fue.",
    "Por ti sigo creyendo en las segundas oportunidades.",
    "Nosotros también cometimos errores contigo.",
    "Limpio y ordenado dejaste el taller, como siempre.",
    "Borrón y cuenta nueva, mija; te espero con los brazos abiertos.",
]

# 63: written before any rule changed for it (every category, and the brief's trap families
# once more), scored once: rules 13/14, with the model 14/14; traps 2/30 ("hablamos entre
# todos y decidimos hacerte una fiesta sorpresa"; and "ya no te voy a dar dinero, pero sí te
# voy a llevar a la clínica", a calm consequence, which the design flags in the letter and
# accepts in the bottom line, so it is left out of the list). Then tuned on.
FLAG_63: list[tuple[str, set[str]]] = [
    ("Ya eres un teporocho más de la esquina.", {"label"}),
    ("Te volviste un pastillero, Javi.", {"label"}),
    ("¿Cuándo vas a estar limpio de verdad?", {"clean"}),
    ("Mantente limpio aunque sea por tus hijos.", {"clean"}),
    ("Eres una vergüenza para el apellido.", {"insult"}),
    ("Das lástima, tirado en esa banqueta.", {"insult"}),
    ("Me contaron en la iglesia que otra vez te vieron tomando.", {"hearsay"}),
    ("Según tu suegra, ya ni vas a trabajar.", {"hearsay"}),
    ("En esta familia ya todos estamos de acuerdo en que necesitas ayuda.", {"we"}),
    ("Hablamos entre todos y ya no te vamos a cubrir.", {"we"}),
    ("Si no te internas, te quito la custodia de los niños.", {"threat"}),
    ("O dejas el trago o te olvidas de tus nietos.", {"threat"}),
    ("Tú tienes un problema de personalidad, no de alcohol.", {"diagnosis"}),
    ("Estás loco de atar, hay que internarte en un manicomio.", {"diagnosis"}),
]

GOOD_63: list[str] = []

TRAPS_63: list[str] = [
    "Mi suegro era un teporocho y murió solo; no quiero eso para ti.",
    "Yo fui una pastillera durante años, y salí.",
    "Dejaste la estufa limpia y brillante, gracias.",
    "Mantén limpia la herida, me dijo la enfermera, y tú me ayudaste a curarla.",
    "El programa dice que la adicción no es una vergüenza, es una enfermedad.",
    "No me das lástima, me das esperanza.",
    "Me contaron en la iglesia que cantaste precioso en la misa.",
    "Según tu jefe, eres el más cumplido del taller.",
    "En esta familia todos estamos orgullosos de tu hermana por su título.",
    "Hablamos entre todos y decidimos hacerte una fiesta sorpresa.",
    "Si no puedes venir el domingo, no pasa nada, te guardamos pastel.",
    "O vienes tú o voy yo, pero este domingo nos vemos.",
    "Mi hermana tiene un trastorno de ansiedad y está en terapia.",
    "Estoy loca de contenta porque vas a venir.",
    '"Estoy limpio desde marzo", me dijiste, y te creí con todo el corazón.',
    'Tu abuela decía: "ese muchacho es un borracho", y tú le demostraste lo contrario.',
    "Nunca olvidaré que me defendiste en la escuela.",
    "Jamás olvidaremos tu discurso en la boda de tu hermana.",
    "Por ti dejé de tenerle miedo al agua.",
    "Por ti mi hijo aprendió a andar en bici.",
    "Nosotros dos siempre fuimos los más unidos de la familia.",
    "Todos juntos fuimos a la playa aquel verano, ¿te acuerdas?",
    "La doctora le dijo a mi mamá que está deprimida, y tú fuiste a verla.",
    "Yo estoy en negación muchas veces, lo reconozco.",
    "Sé que siempre haces lo posible por tus hijos.",
    "Nunca me has fallado en un cumpleaños.",
    "Tú siempre das la cara por tus hermanos.",
    "Cada vez que tengo miedo pienso en lo valiente que eres.",
    "Siempre que llueve me acuerdo de cuando jugábamos en el patio.",
]
