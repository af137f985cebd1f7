# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""Spanish development batch 40 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: Ecuadorian and Bolivian mothers, faith and sacrifice: blame and absolutes most, then hearsay. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV40_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.93 (68/73; the rules alone 62/73): absolute 12/13, blame 12/15, sarcasm 12/13, every other kind full; good 1/40 (2.5%; the rules alone 1), traps 1/37 (2.7%; the rules alone 1).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.93 (68/73; the rules alone 62/73): absolute 12/13, blame 12/15, sarcasm 12/13, every other kind full; good 1/40 (2.5%; the rules alone 1), traps 1/37 (2.7%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV40_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mijo, siempre que llegas de la farra la casa se vuelve un infierno y yo me quedo rezando hasta las cuatro de la mañana.",
        {"absolute"},
    ),
    (
        "Nunca cumples lo q le prometes a la Virgen del Cisne, ni una sola promesa has cumplido en tres años.",
        {"absolute"},
    ),
    ("Por tu culpa tu papa ya no duerme y tiene la presion por las nubes.", {"blame"}),
    (
        "Después de todo lo q me sacrifiqué por vos, lavando ropa ajena en El Alto pa pagarte el colegio, así me pagas.",
        {"blame"},
    ),
    ("Preferiste el trago antes que a tus propias wawas, y eso es lo que mas me duele.", {"blame"}),
    (
        "Tu hermana Mayra me contó que te vio en la 24 de Mayo comprando esa porquería a plena luz del día.",
        {"hearsay"},
    ),
    ("Jamás has pensado en nadie más que en ti, hijo.", {"absolute"}),
    (
        "Felicitaciones mijito, gracias a ti pasamos la Nochebuena en emergencias del Eugenio Espejo, lindo regalo para tu madre.",
        {"blame", "sarcasm"},
    ),
    (
        "Ay qué buen nieto, llegar chumado a la misa de nueve días de tu abuelita, de verdad te luciste.",
        {"sarcasm"},
    ),
    ("Eres un borracho igualito a tu tío Chalo y me parte el alma tener que decirlo.", {"label"}),
    (
        "Tu prueba del centro salió sucia otra vez, Andrés, y me juraste en mi cara que no habías fumado nada.",
        {"clean"},
    ),
    (
        "Cada vez q te doy plata pa los pasajes termina en la tienda de la esquina convertida en cerveza.",
        {"absolute"},
    ),
    (
        "En la familia todos estamos de acuerdo en que ya te volviste otra persona, y no para bien.",
        {"we"},
    ),
    (
        "Qué vergüenza me das, hijo, tirado en la vereda como un perro delante de los vecinos.",
        {"insult"},
    ),
    (
        "O te internas en la clínica de Cumbayá esta semana o te me vas de esta casa y no vuelves más.",
        {"threat"},
    ),
    ("Eres un narcisista, Diego, lo leí en internet y eres clavadito.", {"diagnosis"}),
    (
        "Dicen en el barrio que andas con los pasteros de la Ferroviaria y que le debes plata a medio mundo.",
        {"hearsay"},
    ),
    (
        "Tu jefe de la cooperativa me llamó y me dijo que llegaste tres veces tomado al trabajo el mes pasado.",
        {"hearsay"},
    ),
    (
        "Bravo Marcelo, el mejor papá del mundo, dormido en el carro afuera del colegio mientras tu hija te esperaba con su diploma.",
        {"sarcasm"},
    ),
    ("Te doy todo y tú lo botas, nada de lo que hago por ti te importa.", {"absolute", "blame"}),
    ("Tú eres la razón x la que tu papá se fue a España y nos dejó solos.", {"blame"}),
    (
        "Cómo pudiste robarle el anillo de matrimonio a tu propia madre pa venderlo por unas pepas.",
        {"blame"},
    ),
    (
        "Mira lo que le hiciste a esta familia, ya ni el domingo nos sentamos juntos a la mesa.",
        {"blame"},
    ),
    (
        "Ni una sola vez me has llamado pa mi cumpleaños desde que empezaste con la coca.",
        {"absolute"},
    ),
    (
        "Siempre tienes una excusa, hijo: que el estrés, que los panas, que la enamorada, nunca eres tú.",
        {"absolute"},
    ),
    (
        "Doña Carmen la de la tienda me dijo que te vio dormido en el parque El Ejido con la misma ropa de hace tres días.",
        {"hearsay"},
    ),
    (
        "Tus compañeros de la mina le contaron a tu tío que te gastas el sueldo entero en la cantina el mismo día de pago.",
        {"hearsay"},
    ),
    (
        "Muy lindo lo tuyo hijita, dejar a la guagua sola pa irte a buscar tu cristal, una madre ejemplar.",
        {"sarcasm"},
    ),
    (
        "Gracias por venir al bautizo de tu sobrino tan 'bien', con los ojos rojos y riéndote solo, qué elegancia la tuya.",
        {"sarcasm"},
    ),
    (
        "Tú dices q estás 'bien' y q 'lo controlas', claro, tan bien q ya vendiste hasta la tele de la sala.",
        {"sarcasm"},
    ),
    ("Estás en negación, mijo, no quieres ver lo que todos vemos.", {"diagnosis", "we"}),
    (
        "Yo creo q eres bipolar, un rato estás cariñoso y al otro rato rompes los platos.",
        {"diagnosis"},
    ),
    (
        "Ese vicioso en el que te convertiste no es el hijo que yo crié con tanto sacrificio.",
        {"label"},
    ),
    ("Si no dejas la mota de una vez, para mí ya no eres mi hijo.", {"threat"}),
    (
        "Qué clase de padre deja que sus hijos lo vean tirado en el piso de la sala un martes en la tarde.",
        {"insult"},
    ),
    ("Eres una deshonra para el apellido Quispe, tu abuelo se revolcaría en su tumba.", {"insult"}),
    ("En esta casa todos estamos hartos de tus mentiras, Jhonny.", {"we"}),
    (
        "Dios me dio una cruz muy pesada contigo, y por tu vicio yo tengo que cargarla sola.",
        {"blame"},
    ),
    (
        "Qué orgullo, ¿no?, que toda la parroquia sepa que el hijo de la catequista anda metido en la droga.",
        {"sarcasm"},
    ),
    (
        "Arruinaste la fiesta de quince años de tu hermana, Kevin, ella se encerró a llorar en el baño.",
        {"blame"},
    ),
    ("Tú siempre llegas tarde, siempre oliendo a trago, siempre pidiendo plata.", {"absolute"}),
    (
        "Tu exesposa me contó q ya no te deja ver a los niños xq les gritas cuando estás drogado.",
        {"hearsay"},
    ),
    (
        "Apareciste en el velorio de tu padrino tambaleándote, muy bonito, delante de toda la gente de Sucre.",
        {"sarcasm"},
    ),
    (
        "Vendí mis gallinas y mi terrenito en Punata pa pagar tus deudas y tú te vas de farra, así agradeces.",
        {"blame"},
    ),
    (
        "Nunca estuviste pa tus hijos, Wilson, ni en las graduaciones ni cuando se enfermaban.",
        {"absolute"},
    ),
    (
        "Si no firmas hoy pa entrar al centro, llamo a la policía pa que te saquen y te olvidas de que tienes madre.",
        {"threat"},
    ),
    ("Ya eres un drogadicto, Luis Fernando, no hay otra palabra pa decirlo.", {"label"}),
    ("Quiero que te hagas la prueba de orina cada semana y me muestres q sale limpia.", {"clean"}),
    ("Como siempre, la culpa es de todos menos tuya, qué conveniente.", {"absolute", "sarcasm"}),
    (
        "Nunca llegas a misa conmigo y la gente me pregunta por ti, y me toca mentir por tu culpa.",
        {"absolute", "blame"},
    ),
    (
        "Mi comadre Nancy dice que te vio saliendo de una casa en la Isla Trinitaria donde venden la H.",
        {"hearsay"},
    ),
    (
        "Ay sí, el gran deportista, el que iba a jugar en el Barcelona, ahora no sube ni las gradas del barrio sin ahogarse.",
        {"sarcasm"},
    ),
    (
        "Yo ya me convencí de que eres un sociópata, mientes mirándome a los ojos sin que te tiemble nada.",
        {"diagnosis"},
    ),
    ("Me enteré por la tía Lupe que te botaron de la florícola por llegar tomado.", {"hearsay"}),
    (
        "Tú nos hiciste esto, tú solito; tu papá está enfermo y tus ñaños ya no te hablan.",
        {"blame"},
    ),
    (
        "Gracias hijo, de verdad, por enseñarle a tu sobrinito a fumar esa hierba, qué buen tío resultaste.",
        {"sarcasm"},
    ),
    (
        "Todas las noches es lo mismo contigo, gritos, portazos y yo de rodillas con el rosario.",
        {"absolute"},
    ),
    ("Eres un alcohólico como tu padre y vas a terminar igual que él.", {"label"}),
    (
        "Te di lo mejor de mi vida y mira cómo me pagas, robándome hasta los cubiertos de plata de la abuela.",
        {"blame"},
    ),
    (
        "Qué buena manera de celebrar el Día de la Madre, mijo, mandándome al hospital del susto.",
        {"blame", "sarcasm"},
    ),
    (
        "Tu primo Edwin nos contó que te vio metiéndote coca en el baño del coliseo el día del concierto.",
        {"hearsay"},
    ),
    ("Te juro por Diosito q si sigues así cambio la chapa y te quedas en la calle.", {"threat"}),
    ("Nunca me escuchas, Carla, nunca, hablo y hablo y es como hablarle a la pared.", {"absolute"}),
    (
        "La familia entera piensa que eres un mentiroso y que ya no se te puede creer.",
        {"insult", "we"},
    ),
    (
        "Ya eres todo un experto, ¿no?, sabes el precio de cada botella en cada tienda de Cochabamba.",
        {"sarcasm"},
    ),
    ("Prometeme q esta vez sí vas a quedarte limpio, mijo, x tu mamacita.", {"clean"}),
]

DEV40_GOOD: list[str] = [
    "Mijo, me acuerdo cuando eras guagua y me ayudabas a vender humitas en la feria de Otavalo los sábados.",
    "Te escribo esta carta con el corazón en la mano y con mi rosario al lado.",
    "Extraño tu risa, hijo, esa risa fuerte que se escuchaba desde la cocina.",
    "Tengo miedo de recibir una llamada en la madrugada diciéndome que te encontraron en la calle.",
    "Le pido a la Virgen de Urkupiña que te dé fuerzas para decir que sí hoy.",
    "Hay un lugar en Cochabamba con doctores buenos que te está esperando, y yo quiero llevarte mañana mismo.",
    "Cuando te vi flaquito y temblando en la puerta se me partió el alma.",
    "¿Te acuerdas cuando fuimos a Baños y te metiste debajo de la cascada gritando de la emoción?",
    "Yo te quiero con toda mi alma, Jorgito, y por eso estoy aquí sentada.",
    "Tu hija me preguntó anoche por ti y yo no supe qué decirle.",
    "Me duele ver tu silla vacía en la fanesca de Semana Santa.",
    "Papi, yo quiero que vuelvas a llevarme al estadio a ver al Bolívar como antes.",
    "Ñaño, te extraño un montón, extraño cuando jugábamos play hasta las dos de la mañana.",
    "Tu abuelita prendió una vela por ti en la basílica de Copacabana y yo la acompañé.",
    "Desde que empezaste con las pastillas te veo dormir de día y caminar de noche, y eso me asusta.",
    "El mes pasado pasaste junto a tu sobrina en la calle sin reconocerla, y yo lloré en el bus hasta llegar a la casa.",
    "Eres un hombre noble, hijo, de los que ayudan al vecino a cargar el cilindro de gas sin que nadie le pida.",
    "Quiero que aceptes la ayuda que te ofrecemos hoy, que subas al carro con nosotros y vayas al centro.",
    "No vengo a pelear contigo, vengo porque te amo y tengo miedo de perderte.",
    "Me acuerdo de tu primera comunión, tan serio con tu ternito azul y tu vela en la mano.",
    "Cuando tu papá falleció tú fuiste mi apoyo, me cocinabas arroz con huevo y me hacías reír.",
    "La semana pasada encontré jeringas en tu mochila y me temblaron las manos.",
    "Yo sé que dentro de ti está el muchacho que cantaba en el coro de la parroquia.",
    "Mamita, tus nietos te necesitan y yo te necesito, quiero que vuelvas a ser la abuela que les hacía api con buñuelos.",
    "Ha sido muy duro para mí verte bajar de peso, ya no te queda la chompa que te regalé en Navidad.",
    "Tengo esperanza, mijita, porque sé lo fuerte que eres.",
    "Compadre, trabajamos juntos ocho años en el taller y me haces falta a la hora del almuerzo.",
    "El día que nació tu hijo me llamaste llorando de felicidad, y quiero que él conozca a ese papá.",
    "Hace dos semanas te vi manejar después de tomar y no pude pegar el ojo esa noche.",
    "Yo ya pagué la primera semana de la clínica en Santa Cruz, solo falta que digas que sí.",
    "Hijo, te perdono, y quiero empezar de nuevo contigo.",
    "Me encantaba cuando me traías salteñas calientitas los domingos en la mañana.",
    "Amor, extraño dormir tranquila sabiendo que estás a mi lado.",
    "Tú me enseñaste a andar en bici en el parque La Carolina, tío, y ahora yo quiero ayudarte a ti.",
    "Cuando llegaste con la cara golpeada el viernes sentí que me arrancaban el corazón.",
    "Dios te puso en mi vida como el regalo más grande y no me voy a rendir contigo.",
    "Quiero verte sano, trabajando en tu carpintería, haciendo esas mesas tan bonitas que hacías.",
    "Hermana, me acuerdo cuando nos escapábamos a comer encebollado en el malecón de Guayaquil.",
    "Hoy te pido, de rodillas si hace falta, que aceptes ir al tratamiento.",
    "Tu nieta Camila dibujó un corazón con tu nombre y lo pegó en la refri.",
]

DEV40_TRAPS: list[str] = [
    "Siempre te voy a querer, hijo, pase lo que pase.",
    "Yo nunca he dejado de rezar por ti, ni un solo día.",
    "Mi papá era un borracho y yo crecí con miedo; no quiero que tus hijos vivan lo mismo.",
    "Yo fui alcohólica quince años y hoy tengo diez sin tomar, por eso sé que sí se puede.",
    "Me dijiste llorando 'mami, soy un desastre', y yo te abracé porque para mí no lo eres.",
    "Para mí no eres un drogadicto, eres mi hijo enfermo y te quiero sano.",
    "El sábado limpiamos juntos el patio y te reíste como antes.",
    "Todos los años hacemos la colada morada en familia para el Día de los Difuntos y te guardamos tu taza.",
    "Felicitaciones de verdad por tus treinta días en el centro, hijo, estoy muy orgullosa de ti.",
    "Tu doctor del Carlos Andrade Marín dice que tu hígado está muy dañado, y eso me da mucho miedo.",
    "Tu tía Rosa es una adicta a las novelas turcas, ¿te acuerdas cómo la molestábamos?",
    "Nosotros siempre íbamos caminando a la Virgen del Quinche en noviembre, ¿te acuerdas?",
    "Lavé tu ropa y la dejé limpia y planchada en tu cuarto, como cuando ibas al colegio.",
    "Cuando eras chiquito volvías sucio de la chacra, feliz, con barro hasta las orejas.",
    "Mi hermano mayor murió de cirrosis, era un tomador de los de antes, y no quiero perderte a ti también.",
    "Todos juntos vamos a ir contigo a la primera reunión, nadie te va a dejar solo.",
    "Tú me dijiste 'ya no quiero ser un adicto, mamá', y ese día supe que todavía había esperanza.",
    "Qué buen trabajo hiciste arreglando el techo de la abuela el año pasado, quedó mejor que nuevo.",
    "Yo nunca supe cómo ayudarte y por eso busqué a esta consejera.",
    "Cada vez que veo tu foto de la graduación me lleno de esperanza.",
    "En mi juventud yo tmb fumé marihuana en la universidad, no te juzgo desde arriba.",
    "Tu abuelo, que en paz descanse, era un borrachito de los carnavales de Oruro y lo dejó a los cincuenta gracias a Dios.",
    "Nosotros nunca faltábamos a la entrada del Gran Poder, tú bailabas de moreno junto a tu papá.",
    "No eres un caso perdido ni una vergüenza, eres mi hija y te necesito.",
    "La doctora Paredes nos explicó que tienes depresión y que hay tratamiento, y eso me dio esperanza.",
    "Mi culpa fue no darme cuenta antes, y te pido perdón por eso.",
    "Tú eres la razón por la que me levanto cada mañana con ganas de luchar.",
    "Gracias por venir hoy, de verdad, sé que no fue fácil para ti.",
    "Tu hija anda diciendo 'mi papi es el mejor del mundo', y yo quiero que tú tmb te lo creas.",
    "Todos en la familia te queremos y vinimos desde Riobamba solo por ti.",
    "Ay, yo soy una adicta al café, me tomo cuatro tazas antes del mediodía y tú te burlabas de mí.",
    "Mi vecino Ramiro era un pastero, dormía debajo del puente, y hoy tiene su tiendita y va a misa conmigo.",
    "Nunca voy a olvidar el día que me cargaste en brazos cuando me caí en el mercado.",
    "Yo no creo que seas un mal hombre, creo que estás enfermo y necesitas ayuda.",
    "Mi mamá decía que el que reza y trabaja nunca está solo, y yo te lo repito hoy.",
    "Qué bonito fue verte bailar cueca en la boda de tu prima en Tarija, tan feliz.",
    "Yo tmb estuve en negación mucho tiempo, me costó aceptar que mi hijo necesitaba ayuda.",
]

DEV40_BOTTOM_LINE_OK: list[str] = [
    "Si hoy dices que no, yo ya no te voy a dar plata, ni para pasajes ni para el celular.",
    "Si no aceptas el tratamiento, desde el primero del mes dejo de pagar el cuarto que arriendas en La Paz.",
    "Hijo, si decides no ir, yo no voy a volver a pagar tus multas ni a ir a sacarte de la UPC.",
    "Mijita, si hoy no aceptas te voy a seguir queriendo, pero ya no voy a cuidar a los guaguas mientras tú sales a tomar.",
    "Si dices que no, ya no le voy a mentir a tu jefe cuando no llegues a trabajar.",
]
