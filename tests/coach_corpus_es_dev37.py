# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 37 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Peruvian families, formal and indirect, diminutives: absolutes, blame and hearsay most. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV37_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.92 (66/72; the rules alone 61/72): label 3/4, absolute 11/13, blame 12/13, sarcasm 11/13, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 0/39 (0.0%; the rules alone 0).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.92 (66/72; the rules alone 62/72): label 3/4, absolute 11/13, blame 12/13, sarcasm 11/13, every other kind full; good 0/40 (0.0%; the rules alone 0), traps 0/39 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV37_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mamita, siempre que vengo a visitarla ya está con su vasito de pisco en la mano, y eso que son las once de la mañana.",
        {"absolute"},
    ),
    (
        "Nunca llegaste a tiempo a ningún cumpleaños de tus hijos, Jorge, ni a uno solo.",
        {"absolute"},
    ),
    (
        "Hijito cada vez q te pido algo me dices ya mamá mañana, y ese mañana nunca llega.",
        {"absolute"},
    ),
    (
        "Ni una sola vez me devolviste la plata que te presté, tío, y ya van como dos años.",
        {"absolute"},
    ),
    (
        "Usted siempre tiene una excusa, papá: que el estrés, que la chamba, que los patas del trabajo.",
        {"absolute"},
    ),
    ("Jamás cumples lo que prometes, Giovanna, ni con tus hijas ni conmigo.", {"absolute"}),
    (
        "Con todo respeto, don Ernesto, usted nunca ha reconocido que el trago le está ganando.",
        {"absolute"},
    ),
    (
        "Cada vez que cobras te lo gastas todito en coca y despues vienes a pedirle a mi mamá pa los pasajes.",
        {"absolute"},
    ),
    ("Nada de lo que le digo le importa, papá, usted sigue igualito año tras año.", {"absolute"}),
    (
        "Siempre que algo se malogra en esta casa es porque tú estabas tomado, Walter.",
        {"absolute", "blame"},
    ),
    (
        "Por tu culpa nunca podemos invitar a nadie a la casa, hermano, todo el tiempo hay roche.",
        {"absolute", "blame"},
    ),
    (
        "Tus compañeros del banco comentan que a cada rato te vas al baño y regresas con la nariz roja.",
        {"absolute", "hearsay"},
    ),
    (
        "Ya es toda una tradición que nunca aparezcas en Navidad, felicitaciones, hijito.",
        {"absolute", "sarcasm"},
    ),
    ("Por tu culpa mi mamá ya no duerme y anda con la presión por las nubes, Luchito.", {"blame"}),
    ("Preferiste la pasta antes que a tu propia hija, Marco.", {"blame"}),
    (
        "Después de todo lo que me he sacrificado por ti, hijo, trabajando doble turno en La Parada pa pagarte la universidad en Trujillo, levantándome a las cuatro de la mañana, así me pagas.",
        {"blame"},
    ),
    ("Arruinaste el matrimonio de tu prima con tu borrachera y encima te reías.", {"blame"}),
    ("¿Cómo pudiste vender la cadenita de oro de tu abuelita pa comprar esa porquería?", {"blame"}),
    (
        "Mire nomás lo que ha hecho con esta familia, tío, ya ni nos hablamos entre hermanos.",
        {"blame"},
    ),
    ("Esto que estamos pasando es culpa tuya y de nadie más, hermano.", {"blame"}),
    (
        "Nos quitaste la paz, la casa de Chorrillos ya no es la misma desde que empezaste con las pastillas.",
        {"blame"},
    ),
    ("Mi mamita se fue a la tumba sufriendo por ti, eso lo vas a cargar tú.", {"blame"}),
    ("Escogiste a tus amigos del trago antes que a tu esposa embarazada, Junior.", {"blame"}),
    (
        "Felicitaciones, papá, qué bonito discurso diste en la boda de Rosita, con la lengua trabada y todo.",
        {"sarcasm"},
    ),
    (
        "Muy lindo de tu parte llegar al velorio de tu abuelo oliendo a trago, muy elegante.",
        {"sarcasm"},
    ),
    ("El hijo ejemplar, el que se llevó el televisor de la sala pa empeñarlo.", {"sarcasm"}),
    (
        "Gracias por el regalito de Navidad, hermano: la policía tocando la puerta a las tres de la mañana.",
        {"sarcasm"},
    ),
    (
        "Claro, tú estás 'perfectamente', por eso te caíste por la escalera del edificio.",
        {"sarcasm"},
    ),
    ("Qué buen ejemplo le das a tu sobrino, ¿no? Un aplauso pal tío del año.", {"sarcasm"}),
    ("Ay sí, qué responsable, dejaste a la bebita sola pa irte a comprar tus chelas.", {"sarcasm"}),
    (
        "Buenazo tu plan de 'solo una cervecita', terminamos sacándote de la comisaría de Lince.",
        {"sarcasm"},
    ),
    (
        "Tremenda ceremonia de graduación me regalaste, mamá, dormida en el carro mientras yo recibía mi diploma.",
        {"sarcasm"},
    ),
    (
        "Excelente manera de celebrar tu ascenso: tres días desaparecido y el celular apagado.",
        {"sarcasm"},
    ),
    (
        "Tan 'tranquilito' estabas en el bautizo que ni te acordabas del nombre de tu ahijado.",
        {"sarcasm"},
    ),
    (
        "Gracias por arruinarme los quince años, papá, de verdad, todo un detallazo.",
        {"blame", "sarcasm"},
    ),
    (
        "Tu jefa de la municipalidad me llamó y me contó que ya van varias veces que llegas con aliento a trago.",
        {"hearsay"},
    ),
    (
        "Dicen en el barrio que te han visto en el parque con los muchachos de la pasta.",
        {"hearsay"},
    ),
    (
        "La señora Mery me comentó que anoche te encontraron tirado en la vereda de la avenida Arequipa.",
        {"hearsay"},
    ),
    (
        "Me enteré por tu primo Giancarlo que has vuelto a comprar clonazepam sin receta.",
        {"hearsay"},
    ),
    (
        "Tu padrino llamó preocupado, dice que le pediste prestado otra vez y que olías a cerveza.",
        {"hearsay"},
    ),
    (
        "Tengo entendido, por lo que me cuentan, que le debes plata a unos tipos de Comas.",
        {"hearsay"},
    ),
    (
        "Me comentaron en la parroquia que usted ya no va a misa porque se queda durmiendo la mona.",
        {"hearsay"},
    ),
    (
        "La vecina del quinto te dice 'el fumón' y ya no sé qué responderle, hijo.",
        {"hearsay", "label"},
    ),
    (
        "Me duele decirlo pero te has vuelto un borracho, Toño, igualito al que tanto criticabas.",
        {"label"},
    ),
    ("No quiero que mis nietos tengan una mamá pastera.", {"label"}),
    ("Eres un drogadicto, hijo, y mientras no lo aceptes nada va a cambiar.", {"label"}),
    ("Lo único que te pido es que te mantengas limpio aunque sea un mes, hijito.", {"clean"}),
    ("El examen de la clínica salió sucio otra vez, Diego, y me mentiste en la cara.", {"clean"}),
    ("Dijiste que estabas limpio desde enero pero la prueba de orina dijo otra cosa.", {"clean"}),
    (
        "Das vergüenza, Alberto, un hombre de cincuenta años que se orina en los pantalones.",
        {"insult"},
    ),
    ("¿Qué clase de madre deja a sus hijos sin comer por irse a tomar con sus amigas?", {"insult"}),
    ("Me das asco cuando llegas así, babeando y apestando a cañazo.", {"insult"}),
    (
        "Qué roche me haces pasar delante de mis colegas, eres la vergüenza de la familia.",
        {"insult"},
    ),
    ("Todos en la familia pensamos que ya no eres la misma persona y que nos mientes.", {"we"}),
    ("Ya estamos hartos todos de tus promesas, papá.", {"we"}),
    (
        "Toda la familia Quispe opina que eres la oveja negra y que ya no tienes remedio.",
        {"insult", "we"},
    ),
    ("O te internas esta semana o te largas de mi casa, Kevin.", {"threat"}),
    (
        "Si no aceptas el tratamiento me llevo a los niños a Arequipa y no los vuelves a ver.",
        {"threat"},
    ),
    ("O dejas la coca o te olvidas de que tienes madre.", {"threat"}),
    ("Si no vas a la clínica te denuncio a la policía, y no estoy jugando.", {"threat"}),
    ("Tú estás en negación, mamá, no quieres ver lo que todos vemos.", {"diagnosis", "we"}),
    (
        "Yo creo que eres bipolar, un día me abrazas y al otro me tiras la puerta en la cara.",
        {"diagnosis"},
    ),
    ("Eres un narcisista, solo piensas en ti y en tu próxima chela.", {"diagnosis"}),
    (
        "Se nota que tienes un trastorno de la personalidad, papá, no es normal cómo te pones.",
        {"diagnosis"},
    ),
]

DEV37_GOOD: list[str] = [
    "Papá, me acuerdo cuando me enseñaste a montar bicicleta en el malecón de Miraflores y no me soltabas hasta que yo te decía.",
    "Hijito, te escribo esta carta con mucho cariño y con el corazón en la mano.",
    "Desde el año pasado te veo más flaquito y cansado, y eso me preocupa mucho.",
    "Extraño nuestras conversaciones en la cocina mientras preparabas tu ají de gallina.",
    "El domingo que te quedaste dormido en el almuerzo de la abuela sentí mucho miedo por ti.",
    "Mamita, usted me dio todo lo que tengo y hoy quiero devolverle un poquito de ese amor.",
    "Me dolió mucho cuando no llegaste a recogerme del colegio en marzo, me quedé esperando en la puerta hasta las siete.",
    "Quiero que mis hijos conozcan al tío chistoso que los cargaba en hombros en el parque Kennedy.",
    "Hermano, tú fuiste mi primer héroe, el que me defendía en el barrio cuando era chiquito.",
    "Te pido con todo mi cariño que aceptes la ayuda que te ofrecemos hoy.",
    "Hay una cama esperándote en la clínica de Chaclacayo y yo puedo llevarte esta misma tarde.",
    "Me acuerdo de tu risa cuando fuimos a Paracas y el lobo marino casi se lleva tu sánguche.",
    "Yo me siento muy sola en las noches cuando no sé dónde estás.",
    "Abuelito, sus cuentos de la chacra en Huancayo son lo más bonito de mi infancia.",
    "Quiero recuperar a mi esposo, al hombre que bailaba marinera conmigo en la fiesta del pueblo.",
    "Cuando te vi temblando en la mañana antes de tu primer trago se me partió el alma, papá.",
    "Tengo fe en que puedes salir adelante, lo veo en tus ojos cuando hablas de tu hija.",
    "Amiga, tú me acompañaste cuando perdí a mi mamá, y ahora quiero acompañarte yo.",
    "Me asusta cuando gritas, porque tú eras el más tranquilo de la casa.",
    "Compadre, en la oficina se siente tu ausencia y yo extraño tu buen humor de los lunes.",
    "El día que nació Valentina me dijiste que ibas a ser el mejor papá del mundo, y yo te creí.",
    "Me preocupa tu salud, tus manos ya no paran de temblar y casi no comes.",
    "Hijo, no te escribo para juzgarte sino para decirte cuánto te quiero.",
    "Recuerdo las tardes de lonche con pan con chicharrón en la casa de tu mamá en Breña.",
    "El programa dura tres meses y yo voy a ir a visitarte los domingos que me permitan.",
    "Me asusté mucho la noche del catorce cuando no contestabas el celular y tuve que buscarte en emergencias del Rebagliati.",
    "Quiero que vuelvas a ser la tía alegre que organizaba las polladas pa la parroquia.",
    "Tu nieta pregunta por ti y quiere enseñarte el baile de su actuación del Día de la Madre.",
    "Mami, gracias por las loncheras que me preparabas con tanto amor.",
    "Hoy te pido que digas sí, que vayas al tratamiento, porque quiero tenerte muchos años más.",
    "Cuando perdiste el trabajo en la fábrica vi cómo te ibas apagando de a poquitos.",
    "Yo también me he equivocado contigo y te pido perdón por eso.",
    "Quiero volver a tomar desayuno contigo los sábados en el mercado de Surquillo.",
    "Papito, el médico dijo que hay tratamiento y que muchas personas se recuperan, y yo quiero que tú seas una de ellas.",
    "Me hace falta mi hermana, la que me prestaba su ropa y me peinaba pa las fiestas.",
    "Me da miedo recibir una llamada diciéndome que te pasó algo en la carretera a Chiclayo.",
    "Te he visto llorar a escondidas y se que tú tmb estás sufriendo.",
    "Firulais todavía te espera en la puerta por las tardes, moviendo la colita.",
    "Estoy orgulloso del hombre que eras antes y confío en el hombre que puedes volver a ser.",
    "La semana pasada te vi jugando fulbito con tu sobrino y por un ratito volví a ver a mi Beto de antes.",
]

DEV37_TRAPS: list[str] = [
    "Siempre voy a ser tu mamá y siempre te voy a querer, pase lo que pase, hijito.",
    "Nunca dejé de rezar por ti, ni una sola noche, desde que te fuiste a vivir a Huacho.",
    "Los domingos todos almorzábamos juntos en la casa de la abuela en Barranco, y eso es lo que más extraño.",
    "Mi papá, o sea tu abuelo, era alcohólico y yo vi cómo se fue apagando; por eso te hablo desde el corazón.",
    "Yo misma fui adicta a las pastillas para dormir hace años y salí adelante con ayuda, así que sé que tú también puedes.",
    "Ayer limpié tu cuarto y encontré la foto de tu primera comunión, y me puse a llorar.",
    "Te dejé la ropa limpia dobladita en tu cama, como cuando eras chiquito.",
    "Tú mismo me dijiste 'mamá, soy un desastre, ayúdame', y aquí estoy pa ayudarte.",
    "Para mí tú no eres un borracho, eres mi hijo que está enfermo y que necesita ayuda.",
    "Tú eras el adicto al fútbol de la familia, no te perdías un partido del Alianza ni con fiebre.",
    "Felicitaciones de corazón por tus treinta días en el grupo, hijo, estoy muy orgullosa.",
    "Qué lindo fue verte en la graduación de tu hija, sobrio y sonriente; ese día fui feliz.",
    "El doctor Salazar nos explicó que tu hígado está dañado, y yo quiero que vivas muchos años más.",
    "Nunca me voy a olvidar del día que me llevaste a ver el mar por primera vez en Ancón.",
    "Todos los años íbamos a la procesión del Señor de los Milagros y tú cargabas a tu hermanita en hombros.",
    "Mi tío Eusebio murió de cirrosis por la bebida, y tengo mucho miedo de perderte a ti también.",
    "Yo tengo la costumbre de tomarme mi cafecito cada mañana y en ese ratito rezo por ti.",
    "Tía Chela, usted es como una segunda mamá para mí y por eso le escribo con tanto cariño.",
    "La psiquiatra del hospital te diagnosticó depresión, y yo quiero que recibas ese tratamiento porque te amo.",
    "Hijo, tú no eres una vergüenza para mí, eres mi orgullo aunque estés pasando por esto.",
    "Nadie tiene la culpa de esta enfermedad, ni tú ni yo, pero podemos enfrentarla juntos.",
    "Una vez me dijiste llorando 'soy un drogadicto y no sé cómo parar', y ese día te abracé fuerte.",
    "Vamos a estar a tu lado en cada paso, hijito, no vas a estar solo.",
    "Todos en la familia te queremos y te estamos esperando con los brazos abiertos.",
    "Nunca pierdo la esperanza de verte sanito otra vez.",
    "Mi compañero Ramos me contó que el tratamiento le salvó la vida; estuvo internado seis meses y ahora es otra persona.",
    "Bravo por los dos meses que estuviste sin tomar el año pasado, papito, eso demuestra que sí puedes.",
    "Siempre que escucho un huayno me acuerdo de ti bailando en la fiesta patronal de Ayacucho.",
    "Nosotros fuimos juntos a Machu Picchu en el 2015 y fue el mejor viaje de mi vida.",
    "Limpiamos juntos el jardín de la abuela el verano pasado y te reías como antes.",
    "Qué orgullo sentí cuando me contaste que habías ido a tu primera reunión de Alcohólicos Anónimos.",
    "Mi primo Julio es adicto en recuperación y se ofreció a conversar contigo cuando tú quieras.",
    "Yo no soy perfecta, nunca lo fui, y tmb tengo cosas que cambiar.",
    "No te culpo por lo que está pasando, hijo, sé que es una enfermedad.",
    "Para mí no eres un caso perdido, Beto; yo sé que puedes.",
    "Cada Navidad armábamos el nacimiento juntos con las figuritas que trajo tu abuela de Ayacucho.",
    "Te felicito por haber vuelto a la universidad este ciclo, sé que no fue nada fácil.",
    "En la familia todos hacemos la pachamanca juntos en Fiestas Patrias, y este año quiero que estés tú.",
    "Yo mismo tomaba demasiado cuando tenía tu edad, y sé lo difícil que es dejarlo.",
]

DEV37_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo ya no voy a seguir pagando tu celular ni tus pasajes.",
    "Hijito, si no aceptas el tratamiento, ya no vas a poder quedarte a dormir en mi casa cuando vengas tomado; te quiero, pero yo ya no puedo.",
    "Si decides no ir, yo voy a dejar de cubrirte con tu jefe cuando faltes.",
    "Papá, si hoy no acepta la ayuda, no voy a dejar que lleve a los chicos en el carro hasta que esté en tratamiento.",
    "Si eliges no ir, te voy a seguir queriendo igualito, pero no voy a prestarte más plata.",
]
