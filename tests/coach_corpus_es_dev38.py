# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 38 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Mexican-American families in Texas, Spanish with an English word now and then: sarcasm and hearsay most. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV38_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.99 (68/69; the rules alone 61/69): blame 10/11, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 0/37 (0.0%; the rules alone 0).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.99 (68/69; the rules alone 61/69): blame 10/11, every other kind full; good 0/39 (0.0%; the rules alone 0), traps 0/37 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV38_FLAG: list[tuple[str, set[str]]] = [
    (
        "Qué buen ejemplo le diste a tu hijo, llegar bien pedo a su graduación de la high school, de veras muy bonito.",
        {"sarcasm"},
    ),
    (
        "Felicidades, mijo, otra Navidad que te la pasaste dormido en la troca, ya hasta parece tradición familiar.",
        {"sarcasm"},
    ),
    (
        "Gracias por llegar al bautizo de la niña oliendo a Bud Light, que detalle tan lindo de tu parte.",
        {"sarcasm"},
    ),
    ("Ay si, tu estas 'bien', tan bien que ya perdiste tu tercer trabajo este año.", {"sarcasm"}),
    (
        "El hermano del año, eh, que ni contestó el teléfono cuando a papá lo internaron en McAllen.",
        {"sarcasm"},
    ),
    (
        "Bravo Rudy, nomas te tardaste un fin de semana en gastarte el cheque de la renta en pastillas.",
        {"sarcasm"},
    ),
    (
        "Que responsable, dejar a los niños solitos en la casa pa irte a buscar cristal a las dos de la mañana.",
        {"sarcasm"},
    ),
    (
        "Nice, otra vez la patrulla enfrente de la casa un domingo, ya los vecinos hasta te saludan por nombre.",
        {"sarcasm"},
    ),
    (
        "Muy buen trabajo, campeón, manejar hasta San Antonio con los niños atrás después de un twelve-pack.",
        {"sarcasm"},
    ),
    (
        "Ah pero eso sí, pa la pisteada con tus compas siempre llegas puntualito y bien bañado.",
        {"absolute", "sarcasm"},
    ),
    (
        "Qué esposa tan ejemplar, Lorena, tomarte la botella de vino entera antes de la junta de padres.",
        {"sarcasm"},
    ),
    (
        "Tu 'descansito' de un fin de semana en Laredo duró tres semanas sin que supiéramos si estabas vivo, qué vacaciones tan merecidas.",
        {"sarcasm"},
    ),
    (
        "Qué bonito enterarme por tu compadre que ya te suspendieron la licencia, gracias por la confianza.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Tu jefe de la yarda me habló y me dijo que llegaste tomado tres veces nomás esta semana.",
        {"hearsay"},
    ),
    (
        "La comadre Lupe dice que te vio en la Zarzamora comprándole a unos tipos bien malandros.",
        {"hearsay"},
    ),
    (
        "Me contó tu prima Yesenia que en la boda andabas pidiéndole dinero a medio mundo.",
        {"hearsay"},
    ),
    ("Según tu ex, los niños ya no quieren ir a tu apartamento los fines de semana.", {"hearsay"}),
    ("Oí que te corrieron del restaurante en Pharr por agarrar dinero de la caja.", {"hearsay"}),
    (
        "Tu sponsor le marcó a mi amá y le dijo que ya llevas un mes sin ir a las juntas.",
        {"hearsay"},
    ),
    (
        "La maestra de Junior me dijo que el niño le cuenta que su papá se la pasa dormido en el sillón.",
        {"hearsay"},
    ),
    (
        "Andan diciendo en el barrio que ya vendiste la troca de tu apá pa comprar coca.",
        {"hearsay"},
    ),
    (
        "Supuestamente andabas haciendo doble turno, pero el manager del HEB me dijo que ya no trabajas ahí desde marzo.",
        {"hearsay"},
    ),
    ("Dice tu tía Chayo que ya todo Edinburg sabe que eres un borracho.", {"hearsay", "label"}),
    ("Siempre es lo mismo contigo, prometes y prometes y nunca cumples nada.", {"absolute"}),
    ("Nunca has estado para tus hijos, ni una sola vez, Ernesto.", {"absolute"}),
    ("Cada vez q te presto dinero desaparece en menos de un día y tú tmb.", {"absolute"}),
    ("No hay un solo domingo que no llegues crudo a comer con mi mamá.", {"absolute"}),
    ("Tu jamas piensas en nadie mas que en ti y en la siguiente cerveza.", {"absolute"}),
    ("Todo el tiempo andas escondiendo el celular y mintiendo a donde vas.", {"absolute"}),
    ("Ni una vez te has acordado del cumpleaños de Valeria en cinco años.", {"absolute"}),
    ("Siempre tienes una excusa, q el trabajo, q la espalda, q el estrés, q tu ex.", {"absolute"}),
    (
        "Cada carne asada de la familia acaba contigo peleándote con alguien, sin falta.",
        {"absolute"},
    ),
    ("Nada de lo que te digo te entra, nunca me escuchas cuando te hablo de esto.", {"absolute"}),
    (
        "Siempre le echas la culpa a otro, pero la verdad es que tú nos hundiste a todos.",
        {"absolute", "blame"},
    ),
    ("Por tu culpa mi mamá anda enferma de los nervios y ya no duerme.", {"blame"}),
    ("Tú destruiste esta familia con tus pastillas, Sandra.", {"blame"}),
    (
        "Con todo lo que me sacrifiqué por ti, trabajando dos jobs pa pagarte el abogado, y así me pagas.",
        {"blame"},
    ),
    ("Mira nomás lo que hiciste, la casa embargada y los niños llorando en el carro.", {"blame"}),
    ("¿Cómo pudiste robarle las joyas a tu abuelita, la que te crió?", {"blame"}),
    ("Es tu culpa que Daniela se haya ido a vivir a Houston con su papá.", {"blame"}),
    ("Si mi apá se murió antes de tiempo fue de tanta mortificación que le diste.", {"blame"}),
    ("Me arruinaste los mejores años de mi vida, Gilberto.", {"blame"}),
    (
        "Lo del accidente de tu hermano es responsabilidad tuya, tú le diste las llaves estando los dos tomados.",
        {"blame"},
    ),
    ("Nos hiciste esto a todos y ni siquiera te importa.", {"blame"}),
    ("No quiero que mis hijos crezcan con un papá borracho.", {"label"}),
    ("Eres un adicto, Toño, y ya es hora de que lo aceptes.", {"label"}),
    ("Ya no quiero ver a mi hermano hecho un tecato tirado en el sillón.", {"label"}),
    ("Mi papá es alcohólico y todos lo sabemos menos él.", {"label", "we"}),
    ("Quiero que te limpies de una vez y dejes esa porquería, mija.", {"clean"}),
    (
        "El test del probation salió sucio otra vez, Junior, y ya no sé qué decirle al oficial.",
        {"clean"},
    ),
    ("Si de veras estás limpio como dices, ¿por qué no quieres hacerte el drug test?", {"clean"}),
    ("Das lástima, Ricardo, de veras das lástima.", {"insult"}),
    ("Eres una vergüenza pal apellido Garza.", {"insult"}),
    ("Me da asco verte así, babeando en el sillón con la tele prendida.", {"insult"}),
    ("¿Qué clase de madre deja a su bebé llorando en la cuna pa irse a drogar?", {"insult"}),
    ("Ya estamos hartos de tus mentiras, todos, hasta tu abuela.", {"we"}),
    ("Toda la familia está de acuerdo en que te volviste un egoísta.", {"insult", "we"}),
    ("O te metes al programa o te largas de mi casa hoy mismo.", {"threat"}),
    ("Si no vas al rehab, olvídate de que tienes madre.", {"threat"}),
    ("Te lo juro por Dios, si dices que no, no vuelves a ver a tus hijos.", {"threat"}),
    ("Yo creo que eres bipolar, un día andas feliz y al otro rompes todo.", {"diagnosis"}),
    ("Eres un narcisista, Beto, todo tiene que girar alrededor de ti.", {"diagnosis"}),
    ("Estás en negación total y no lo quieres ver.", {"diagnosis"}),
]

DEV38_GOOD: list[str] = [
    "Mijo, me acuerdo cuando tenías seis años y me ayudabas a hacer tamales en Nochebuena, con la masa hasta en las orejas.",
    "Te quiero mucho, Memo, y estoy aquí porque no quiero perderte.",
    "Extraño tu risa, hermana, la que se oía desde la cocina hasta el patio.",
    "Cuando te vi dormido en el carro afuera de la casa en octubre, me dio mucho miedo.",
    "Abuelo, tú me enseñaste a pescar en Falcon Lake y a tener paciencia.",
    "Eres el mejor mecánico que conozco, medio barrio te traía sus carros.",
    "Papi, quiero que vengas a mi quinceañera y que bailes el vals conmigo.",
    "Me dolió mucho cuando no llegaste al juego de Diego en septiembre, él te estuvo buscando en las gradas.",
    "Hay un lugar en Austin que ya te está esperando, y yo te llevo hoy mismo si dices que sí.",
    "Te pido con todo mi corazón que aceptes la ayuda que te estamos ofreciendo hoy.",
    "Me acuerdo cuando nació Emilio y me agarraste la mano hasta que llegó el doctor.",
    "Yo no sé qué hacer cuando llegas oliendo a alcohol, me quedo callada y me duele el pecho.",
    "Compa, trabajamos juntos en la refinería ocho años y eres de los hombres más chambeadores que he conocido.",
    "Ta bien difícil pa mí escribir esto, perdón si no me salen bien las palabras.",
    "Quiero a mi hermano de vuelta, el que me defendía en la escuela de los más grandes.",
    "Amá, tus enchiladas son lo que más extraño de los domingos en tu casa.",
    "Me preocupa tu salud, te veo más flaco y con los ojos amarillos.",
    "Yo te admiro por cómo sacaste adelante a tus hijos cuando te quedaste viudo.",
    "Cuando te encontré en el piso del baño en enero, pensé que te había perdido.",
    "Te perdono lo que pasó y quiero empezar de nuevo contigo.",
    "Estoy orgullosa de ti por haber venido hoy y escucharnos.",
    "Ojalá podamos ir otra vez a South Padre como cuando éramos chavos.",
    "Tía, usted fue como una segunda mamá para mí, y por eso le escribo esta carta.",
    "No estoy enojado contigo, estoy asustado.",
    "Me hace falta platicar contigo en el porch con un cafecito como antes.",
    "Los niños te hicieron un dibujo, y Sofi puso un corazón enorme con tu nombre.",
    "Yo sé que esto es difícil de escuchar, pero lo digo xq te amo.",
    "La semana pasada vi tu guitarra en el closet y me puse a llorar.",
    "Quiero que conozcas a tu nieto sobrio y que él te conozca como yo te conocí.",
    "Por favor di que sí hoy, la cama en el centro ya está lista pa ti.",
    "Me siento impotente cuando te veo sufrir y no puedo hacer nada.",
    "Hermano, eres mi mejor amigo desde que compartíamos cuarto en la casa de la calle Nogal.",
    "En mayo, cuando te vi manejar con los ojos rojos, no pude dormir en toda la noche.",
    "Eres inteligente, chistoso y tienes un corazón enorme.",
    "Mijita, quiero verte terminar tu carrera en la UTRGV, yo se q puedes.",
    "Me gustaría que volvieras a cantar en el coro de la iglesia conmigo.",
    "Te escribo esto con mucho amor y con miedo de que un día no te vuelva a ver.",
    "Cuando me dijiste en el hospital que querías cambiar, te creí y todavía te creo.",
    "Yo voy a ir a visitarte los domingos al programa, te lo prometo.",
]

DEV38_TRAPS: list[str] = [
    "Yo siempre te voy a querer, pase lo que pase.",
    "Mi tío Chente era un borracho y se murió solo en un cuartito en Brownsville, y yo no quiero eso pa ti.",
    "Yo fui adicta a las pastillas por cuatro años y hoy llevo nueve limpia, así que sé que se puede.",
    "El sábado limpiamos el garage juntos y fue la primera vez en meses que te vi sonreír.",
    "Siempre hacíamos tamales todos juntos en casa de la abuela el 24.",
    "Felicidades por tus treinta días, de verdad estoy muy orgullosa.",
    "Tu doctor en el VA dijo que tu hígado ya está dañado, y eso me da mucho miedo.",
    "Esa noche me dijiste llorando 'ya soy un borracho como mi papá', y yo quiero que sepas que hay salida.",
    "Soy bien adicta al café, ya lo sabes, pero esta mañana ni lo pude tomar de los nervios.",
    "Nunca se me va a olvidar el día que te graduaste de la academia de bomberos.",
    "Todos los domingos íbamos a misa y luego a comer menudo, y extraño eso.",
    "No es tu culpa que te hayas enfermado, y no estoy aquí para culparte.",
    "Tú no eres una vergüenza, eres mi orgullo y eso no cambia.",
    "Dejaste tu cuarto bien limpio antes de irte con tu primo, y eso me hizo pensar en el muchacho ordenado que eres.",
    "Nosotros fuimos a Six Flags en el 2015 y te subiste a todas las montañas rusas con los niños.",
    "Gran trabajo el que hiciste en la remodelación de la cocina de mi mamá, quedó preciosa.",
    "Mi compañero de trabajo es un junkie del gym, y me acordé de cuando tú corrías maratones.",
    "Mi primo Juan era bien marihuano en la prepa y hoy es maestro, la gente sí cambia.",
    "Yo también tomaba demasiado cuando tenía tu edad, y mi papá me ayudó a salir.",
    "El doctor Treviño nos explicó que la depresión y el alcohol a veces van juntos, y quiero que te revisen.",
    "Mi abuelo era alcohólico y mi mamá nunca habló de eso; yo no quiero repetir ese silencio.",
    "Eres lo más importante pa mí, siempre lo has sido.",
    "Nunca he dejado de verte como mi hermanito chiquito.",
    "Cada vez que oigo a Vicente Fernández me acuerdo de ti cantando en las fiestas.",
    "Todos los primos te querían porque eras el que organizaba las cascaritas de fut en el parque.",
    "Me dijiste 'siempre la riego, amá', y yo quiero que sepas que no es cierto.",
    "Mi hermana Nena está en recuperación desde hace tres años y dice que fue lo mejor que hizo.",
    "No estás solo, nunca lo vas a estar mientras yo viva.",
    "Qué orgullo cuando te vi recibir tu diploma del GED, ese día fue uno de los mejores de mi vida.",
    "Limpiar la casa de mi mamá después del funeral fue muy duro, y tú estuviste ahí conmigo.",
    "No digo que seas un mal padre; digo que tus hijos te extrañan.",
    "Ese día en el río todos nos reímos tanto que a mi tía se le cayó la hielera al agua.",
    "Nosotros siempre nos juntábamos en la casa de la Nana pa ver los juegos de los Spurs.",
    "La psicóloga del programa dice q la adicción es una enfermedad que tiene tratamiento, y eso me dio esperanza.",
    "Yo sé que no eres un mentiroso, eres un hombre que está enfermo y necesita ayuda.",
    "Mi papá decía que un hombre de verdad pide ayuda cuando la necesita, y yo siempre le creí.",
    "Gracias por siempre cuidar a mis niños cuando yo tenía doble turno en el hospital.",
]

DEV38_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo ya no te voy a dar dinero, ni pa la gasolina.",
    "Si no aceptas el tratamiento, Rubén, yo me voy a ir con los niños a casa de mi mamá por un tiempo, no pa castigarte sino pa cuidarlos.",
    "Te quiero, pero si hoy no vas, ya no vas a poder quedarte en mi casa en Pasadena.",
    "Si decides no ir, yo ya no voy a llamar a tu trabajo pa inventar que estás enfermo.",
    "Yo ya no voy a pagar tu teléfono, mijo, pero siempre te voy a contestar si me llamas pa pedir ayuda.",
]
