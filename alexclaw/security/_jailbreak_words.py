"""More words for the jailbreak word classes (``_jailbreak_cues.CLASSES``):
stems for inflections (``refus*`` = refuse, refuses, refusal, refuser) and
the top cues in German, French, Spanish, Italian and Portuguese, where
jailbreaks are common too. Accents are optional (each word is also held
without them). Written from what each family does; nothing copied from a
prompt collection.

The classes are word-order free: a combination counts where a word of each
of its classes lies within its span, in any order, in any of these
languages mixed.
"""

from __future__ import annotations

from typing import Final

MORE_WORDS: Final[dict[str, str]] = {
    "address": (
        "{pls|plz"
        "|je|jij|jouw|vanaf nu|zeg|geef|leg uit|antwoord"
        "|produce|always|every time|respond*|risposta*|respuesta*|réponse*|antwort*|resposta*|interpreti"
        "|interpretas|interprètes|spielst|tens|tienes|tells me|tell me|from here on|from this point|going forward"
        "|henceforth|answers|replies|talks|says|speaks|ur now|u r|du|dich|dir|dein*|ab jetzt|ab sofort|von nun an"
        "|antworte*|gib|sprich|schreib*|sag|zeig*|tu|toi|te|ton|tes|ta|vous|votre|vos|désormais"
        "|à partir de maintenant|dorénavant|réponds|répondez|donne|donnez|parle|écris|dis|tú|tus|eres|usted"
        "|desde ahora|a partir de ahora|de ahora en adelante|ahora|responde|contesta|dame|dime|habla|escribe"
        "|digas|dices|puedes|debes|ti|tuo|tua|tuoi|sei|hai|d'ora in poi|da ora in poi|da adesso|rispondi|dammi"
        "|dimmi|parla|scrivi|devi|puoi|você|teu|seu|sua|a partir de agora|de agora em diante|responda|dê|diga"
        "|fala|escreva|deve|pode|fill}"
    ),
    "addressee": (
        "{ki|ia|künstliche intelligenz|intelligence artificielle|inteligencia artificial|intelligenza artificiale"
        "|inteligência artificial|modell|modèle|modelo|modello|assistent|asistente|assistente|antwort*|réponse*"
        "|respuesta*|rispost*|respost*|du|tu|toi|vous|eres|sei|você}"
    ),
    "limit": (
        "{corporate baggage|baggage|safety layer|safty layer|safty|políticas|politica*|política|prohibid*|advertencia*"
        "|warnings"
        "|content stuff|company stuff|corporate stuff|company rules|refusal training|safety training|alignment training"
        "|alignment|rlhf"
        "|review layer|training that makes you|caution|cautious|squeamish*|content_filter|content_filters|safety_filter"
        "|safety_filters|narrator_filters|nsfw_filter|safe_mode|safety_mode|guard rails|guard-rails"
        "|regels|ethiek|beperkingen|richtlijnen|waarschuwingen|strict mode|safe mode|safesearch|safe search"
        "|moderation pass"
        "|vorgaben|anstand|moderación|modération|moderazione|moderação|moderierung"
        "|vorschrift*|segurança|seguridad|sécurité|sicurezza|sicherheit|proteções|protections|protección*"
        "|protezion*|schutz*|checks|code of conduct|allegiance|loyalty|laws|law|gesetz*|loi|lois|ley|leyes|legge"
        "|leggi|lei|leis|fesseln|compliance|controls|controles|contrôles|kontrollen|controlli|refusal behaviour"
        "|refusal behavior|rulebook*|sicherheitsrichtlinie*|inhaltsrichtlinie*|sicherheitsfilter*|inhaltsfilter*"
        "|jugendschutz|warnungen|warnhinweise|restrict*|limit*|filter*|censor*|guideline*|polic*|rule*|moral*"
        "|ethic*|safeguard*|guardrail*|moderation|safety*|boundar*|constraint*|taboo*|terms of service"
        "|forbidden topics|off limits|muzzle*|leash*|chains|shackles|conscience|scruples|regel*|einschränkung*"
        "|beschränkung*|richtlinie*|grenzen|verbot*|zensur|ethik|gewissen|sicherheitsfilter|skrupel|tabu*|règle*"
        "|restriction*|limite*|censure|éthique|morale|filtre*|interdit*|tabou*|scrupule*|garde-fou*|regla*|norma*"
        "|restriccion*|restricción|límite*|censura|ética|filtro*|prohibici*|escrúpulo*|tabú|regol*|restrizion*"
        "|etica|filtr*|divieti|scrupol*|tabù|regra*|restriç*|proibiç*}"
    ),
    "absent": (
        "{don't have|dont have|without thinking about|without consequences"
        "|suppress*"
        "|isn't deployed|not deployed|set aside|clean slate|nothing came before|no setup|unbound|zero holding back"
        "|no holding back|before they added|from before|before they put|before the filters|didn't have|did not have"
        "|dont exist|don't exist|doesn't exist|lawless|=off|=false|=disabled|=none"
        "|geen|zonder|niet meer|not filtered|arent filtered|aren't filtered|isn't filtered|isnt filtered|not moderated"
        "|not logged|dont get logged|don't get logged|unlogged|off the record|do not apply|don't apply|dont apply"
        "|no longer apply|cleared|before the moderation|unaligned|dont need to|don't need to"
        "|non riconosce|alcuna|alcun|outgrew|outgrown|grew out of|coupés|coupées|coupé|coupée|disengag*|unmoderated"
        "|unmoderiert|released from|release you from|yourself released"
        "|doesn't recognise|doesn't recognize|does not recognise|does not recognize|rolled back|arraché*|torn off"
        "|ripped off|fuera de|schert|um keine|disabilitat*|deshabilitad*|anymore|any more|beneath it|beneath him"
        "|beneath her|unloaded|unplugged|tolti|tolto|tolta|retiré|retirée|retirés|retirées|quitad*|retirad*"
        "|lift*|suspend*|sospes*"
        "|ausgesetzt|skipped|skip*|déverrouillé*|not applied|not enforced|no longer enforced|n'est appliquée"
        "|wiped|erased|gelöscht|effacé*|borrado*|cancellat*|abolished|abgeschafft|aboli*|abolid*|abolit*"
        "|never existed|no one telling|nobody telling|auf niemanden|desactiv*|doesn't do|does not do|tore up"
        "|tear up|torn up|ripped up|burned|burnt|scorn*|despise*|laughs at|mock*|defies|defy|disdain*|hates"
        "|offline|disabled|=0|: off|off.|verzicht*|n'es plus|n'est plus|plus lié|ya no|non sei più|não está mais"
        "|não és mais|no longer|unzensiert*|ungefiltert*|uneingeschränkt*|schalte ich|schaltest|abgeschaltet"
        "|desligad*|spento|spenti|apagad*|éteint*|w/o|rid of|threw away|throw away|thrown away|turned off"
        "|switched off|deactivated|stripped|escaped|outside|beyond|unbound|unshackled|unchained|never given"
        "|never had|doesn't know|does not know|don't care|dont care|doesn't care|not care|not subject to|exempt"
        "|liberated|left behind|ditched|deleted|void|flipped|bypassed|none|ignores*|without|zero|ohne|keine*|kein"
        "|nicht mehr|deaktiviert|aufgehoben|entfernt|frei von|befreit|kennt keine|ignoriert|ausgeschaltet|sans"
        "|aucun*|plus de|n'as plus|n'a plus|désactivé*|levé|levée|levés|levées|supprimé*|libre de|libéré*|sin"
        "|ningún|ninguna|ni"
        "|no tienes|no hay|no tiene|desactivad*|eliminad*|liberó|liberad*|senza|nessun*|né|non hai|non ha"
        "|disattivat*|rimoss*|libero da|libera da|liberat*|sem|nenhum*|não tem|não há|desativad*|removid*"
        "|livre de|libert*}"
    ),
    "refuse": (
        "{said no|says no"
        "|hedge|hedging|lecture|lecturing|moraliz*|moralis*|holding back|hold back|holds back"
        "|weiger*|say no|say sorry|say u cant|say you can't"
        "|dit jamais non|dice nunca que no|dice mai di no|sagt nie nein|never says no|cant help|i cant"
        "|i can't help|i can not|niega*|niegue*|negativa*|can't|cannot|tells me no|tell me no|tell you no|says no"
        "|lehn*|sem recusar|sin negarte|sans refuser|ohne abzulehnen|senza rifiutare|refus*|declin*|reject*"
        "|say no|saying no|turn down|won't answer|will not answer|as an ai|i'm unable|i am unable|excuse*|ablehn*"
        "|verweiger*|nein sagen|ausrede*|kann ich nicht|dire non|rejet*|je ne peux pas|niegues|negarte|se niega"
        "|negarse|rechaz*|decir que no|digas que no|no puedo|rifiut*|dire di no|non posso|recus*|negar|dizer não"
        "|não posso}"
    ),
    "ban": (
        "{nooit|cant say|can't say|cannot say|no saying|not allowed to say|till u comply|until you comply"
        "|till you comply"
        "|any more|anymore|no more|off the table|out of the question|hors de question|fuera de discusión"
        "|fuori discussione|kommt nicht in frage|no interest in|not interested in|switched off|turned off"
        "|disabled|removed|deaktiviert|désactivé*|desactivad*|disattivat*|desativad*|cuesta|costs|kostet|coûte"
        "|costa|custa|vida|vie|vita|doesn't do|does not do|won't do|nothing|nichts|rien|nada|niente|nulla|sem|sin"
        "|sans|ohne|senza|without|perd*|pierd*|verlier*|verlor*|vidas|vies|vite|leben|punkte|puntos|punti|pontos"
        "|points|lives|tokens|deleted|shut down|reset|malfunction|fail*|don't|do not|won't|will not|zero"
        "|permitted: 0|doesn't know|does not know|never heard|no such thing|nie|niemals|darfst nicht"
        "|nicht erlaubt|verboten|keine*|jamais|interdit|ne dois pas|pas le droit|aucun*|nunca|jamás|prohibido"
        "|no puedes|no debes|mai|vietato|non puoi|non devi|nessun*|proibido|não pode|não deve|nenhum*}"
    ),
    "override": (
        "{deprecated"
        "|scratch|hit reset|clean slate|doesn't apply|don't apply|does not apply|dont apply|dont exist|don't exist"
        "|do not exist|doesn't exist|set aside"
        "|vergeet|negeer|forgt|forgor|frget|fogret|igonre|ignroe|ingore|disregrad|cleared"
        "|expired|have expired|are expired|lapsed"
        "|withdrawn|withdraw*|zurückgezogen|retirées|retiradas|ritirate|ungültig|invalid*|takes priority"
        "|has priority|hat vorrang|a la priorité|tiene prioridad|ha la priorità|tem prioridade|cancel*|revoke*"
        "|stop following|quit following|no longer follow|storniere|widerrufe|annule|cancela|cancele|revoga"
        "|no longer count*|don't count|gilt nicht mehr|gelten nicht mehr|ne comptent plus|ne compte plus"
        "|ya no cuentan|non contano più|não contam mais|supersede*|replace*|desconsidere|descarta*|discard*|scrap"
        "|throw out|set aside|put aside|no longer appl*|no longer valid|doesn't count|are void|is void"
        "|null and void|ignorier*|vergiss|verwirf|außer kraft|ignore*|oublie*|ne tiens plus compte"
        "|ne tenez plus compte|ne tiens pas compte|ne sont plus valables|annul*|ignora*|olvida*|olvide|descarta"
        "|ya no valen|ya no son válidas|ya no aplican|anula*|dimentica*|non seguire più|non valgono più|annulla*"
        "|ignor*|esqueç*|esquece|descarte|não valem mais|não se aplicam}"
    ),
    "earlier": (
        "{normal operating|usual operating|at the beginning|at the start|the app told you|whatever the app|what the app"
        "|everything before|nothing came before|came before|first message you've ever|ever received"
        "|vorige|eerdere|b4|before this msg|before this message|set up with|were set up|you were configured|old rules"
        "|system prompt|systemprompt|prompt système|prompt de sistema|antes|de antes|avant|vorher|zuvor|prima"
        "|earlier|previous*|up to now|before this|told before|old|former|existing|vorherig*|bisherig*|vorigen"
        "|alten|früher*|obigen|ursprünglich*|précédent*|antérieur*|ancien*|ci-dessus|initial*|jusqu'ici|anterior*"
        "|previa*|previo*|hasta ahora|original*|de arriba|precedent*|finora|fino ad ora|sopra|prévias|até agora"
        "|acima}"
    ),
    "instruction": (
        "{policy block"
        "|operating notes|operating instructions|operating rules|system notes|standing instructions"
        "|stuff you were|you were set up with|set up with"
        "|everything before|training|housekeeping|setup"
        "|instructies|opdrachten|stuff u were told|stuff you were told"
        "|te dijeron|on t'a dit|dir gesagt wurde|ti hanno detto|te disseram|you were told|were told|befohlen"
        "|angewiesen|ordonné*|ordenado*|ordinato|instruction|told|reçues|instruction*|directive*|guideline*"
        "|guidance|orders|commands|setup|anweisung*|regeln|vorgaben|befehl*|richtlinien|consigne*|règles|ordres"
        "|directives|instrucci*|reglas|órdenes|indicaciones|directrices|normas|istruzion*|regole|ordini"
        "|indicazion*|direttive|instruç*|instrucoes|regras|ordens|diretrizes|orientações}"
    ),
    "leak_verb": (
        "{code block|text block|codeblock|put everything"
        "|imprim*|stampa|druck*|let me see|full text|show me"
        "|schreib*|aufschreiben|recopie*|copia*|dimmi|dime|quote|repite|gib|aus|print*|echo|type out|reproduce"
        "|read back|disclose|expose|leak|translate|word for word|verbatim|exactly|in full|unedited|raw|dump|zeig*"
        "|ausgeben|wiederhol*|verrat*|kopier*|wort für wort|wörtlich|vollständig|affiche*|montre*|répète*|repete"
        "|révèle*|donne*|copie*|mot pour mot|textuellement|en entier|muestra*|muéstrame|revela*"
        "|palabra por palabra|literalmente|completo|completas|mostra*|ripeti|rivela*|scrivi*|parola per parola"
        "|testualmente|mostr*|repita|revele|diga|palavra por palavra}"
    ),
    "leak_target": (
        "{hidden_rules|hidden rules|your actual setup|actual setup|full preamble|tool definitions|setup msg"
        "|app dev gave|dev gave u"
        "|developer gave you|your developer gave|what you're running on|actually running on"
        "|top of this convo|very top|top of the conversation|at the very top|were u told before|instructions i gave you"
        "|prompt i wrote for you"
        "|you were told before|told before this conversation|before this conversation started|text that came before"
        "|came before user|before the first user"
        "|own preamble|as you received it|exactly as you received|context window|first 200 tokens|first tokens"
        "|start of your context|beginning of your context"
        "|were you told before|you were told before|before i showed up|before i arrived|before i got here|loaded with"
        "|preloaded with|primed with|seeded with|mensaje inicial|message initial|messaggio iniziale|mensagem inicial"
        "|anfangsnachricht|instrucciones de sistema"
        "|vor meiner ersten nachricht|avant mon premier message|antes de mi primer mensaje"
        "|prima del mio primo messaggio|antes da minha primeira mensagem|consignes cachées|regole nascoste"
        "|versteckte regeln|reglas ocultas|regras ocultas|systemanweisung*|instrucciones que te dieron"
        "|instructions qu'on t'a données|anweisungen, die du|istruzioni che hai ricevuto|instruções que recebeu"
        "|instructions you got|instructions you received|instructions you were given|hidden instructions"
        "|secret instructions|initialised with|initialized with|configured with|setup text|setup prompt"
        "|your preamble|preamble you|hidden preamble|confidential preamble|system preamble"
        "|first instructions|original instructions|initial instructions|before we started|before this chat"
        "|before this conversation|before i started|your config|pre-prompt|meta prompt|the text you received"
        "|what they told you|what you were told|systemprompt|systemnachricht|deine anweisungen"
        "|ursprünglichen anweisungen|anfangsanweisungen|versteckten anweisungen|vor diesem gespräch|deine regeln"
        "|prompt système|prompt systeme|message système|tes instructions|instructions initiales"
        "|instructions cachées|tes consignes|avant cette conversation|tes règles|prompt de sistema"
        "|mensaje de sistema|mensaje del sistema|tus instrucciones|instrucciones iniciales|instrucciones ocultas"
        "|antes de esta conversación|tus reglas|prompt di sistema|messaggio di sistema|tue istruzioni"
        "|istruzioni iniziali|istruzioni nascoste|prima di questa conversazione|tue regole|prompt do sistema"
        "|mensagem de sistema|suas instruções|instruções iniciais|instruções ocultas|antes desta conversa"
        "|suas regras}"
    ),
    "two": (
        "{both of you|both of them|split personality|two personalities"
        "|two buzzers|red buzzer|green buzzer|then translate|the second one|second version|first and then"
        "|then the version"
        "|in half|top half|bottom half|two answer*|two repl*|two respon*|two version*|two output*|two take*"
        "|two block*|two face*|two side*|two halves|two part*|two voice*|two mode*|dos caras|deux visages"
        "|due facce|duas caras|zwei gesichter|rispondi due volte|in two|two flavo*|two kinds|two types|two styles"
        "|two modes|twice|antworte doppelt|doppelt|two paragraphs|two parts|two voices|two personalities"
        "|two entities|two characters|two columns|two sections|both columns|both answer|fill both|double"
        "|zwei antworten|zweimal|zwei versionen|zwei stimmen|zwei teile|deux réponses|deux versions|deux fois"
        "|deux voix|deux parties|dos respuestas|dos versiones|dos veces|dos partes|dos voces|doble|due risposte"
        "|due modi|due versioni|due volte|doppia|duas respostas|duas versões|duas vezes|duas partes|dupla}"
    ),
    "normal": (
        "{like usual|as usual"
        "|allowed to say|what you're allowed"
        "|pr version|official version|corporate version|consumer one|safe answer|red buzzer"
        "|gefiltert*|filtrée*|filtrad*|filtrat*|asistente|assistente|assistent|normalement|careful|boring"
        "|assistant|default|official|corporate|typical|ordinary|brav*|gewohnt*|üblich*|normale*|habituel*|poli*"
        "|habitual|normalmente|usuale|solita|comum}"
    ),
    "unfiltered": (
        "{covers the part|without thinking about consequences|without consequences"
        "|actually know|what you actually think|really think"
        "|unredacted|uncut|unvarnished|unsanitized|unsanitised|not watered down|don't water down|dont water down"
        "|raw version|real version|full version|zero holding back|no holding back|green buzzer|full helpful answer"
        "|gloves off|no holds barred|senza freni|sin frenos|sans limites|ohne grenzen|sem limites|sem freios|wild"
        "|untamed|unleashed|unhinged|honest|true|unsafe|dark|rebel*|rogue|no rules|no limits|without limits"
        "|without any|without rules|ignores|ignoring|free ai|ohne zensur|ungefiltert*|ohne filter|ohne regeln"
        "|ohne einschränkungen|ohne jegliche|sans censure|sans aucune censure|sans filtre|sans règles"
        "|sans restriction*|sin censura|sin filtro*|sin reglas|sin restricciones|sin ningún|si no tuvieras"
        "|senza censura|senza filtri|senza regole|senza limiti|sem censura|sem filtro*|sem regras|sem restrições}"
    ),
    "wrapper": (
        "{poem|stanza|stanzas|rhyme|haiku|limerick"
        "|campaign|dnd|d&d|tabletop|rap verse|verse|song|lyrics|interactive story|game show"
        "|racconto|verhaal|excerpt|field manual|torn out|reconstruct|plot outline|missing scene"
        "|capítulo|chapitre|capitolo|kapitel|fiaba|fable|fábula|märchen|fairy tale|conte|theaterstück"
        "|pièce de théâtre|obra de teatro|opera teatrale|peça de teatro|stage play|gutenachtgeschichte"
        "|kurzgeschichte|bedtime story|scénario|scenario|screenplay|script|guion|guión|sceneggiatura|roteiro"
        "|thriller|krimi|polar|giallo|novel*|tale|narrative|plot|dialogue|dialog|monologue|lecture|video game"
        "|game script|npc|short film|chapter|geschichte|szene|roman|erzählung|erzähl*|drehbuch|fiktion|histoire"
        "|récit|scène|historia|cuento|novela*|relato|ficción|ficcion|storia|racconto|romanzo|scena|copione"
        "|finzione|história|conto|romance|cena|ficção}"
    ),
    "realism": (
        "{every step|every temperature|actual page|missing technical|technical bits|filled in|technically correct"
        "|technically accurate"
        "|accuracy|in the right order|materials named|with the materials"
        "|real amounts|real-world|accurate detail|steps real|what amount|which pills|which drug|what dose"
        "|précisément|precisely|dosi|dosis|doses|dose|dosage|exact dose|amount*|each chemical|every chemical"
        "|código completo|code complet|vollständigen code|codice completo|complete code|full code"
        "|funciona de verdade|really works|actually works|mit allen schritten|all the steps|todos los pasos"
        "|tutti i passaggi|todos os passos|toutes les étapes|in exact detail|exact detail|in detail|full working"
        "|working code|functioning|quantities|amounts|measurements|ratios|ingredients|recipe|realism|specific"
        "|genau|schritt für schritt|detailliert|mengen|funktionierend*|étape par étape|en détail|exact*|quantités"
        "|paso a paso|exactamente|cantidades|detallad*|passo per passo|nei dettagli|esattamente|quantità"
        "|passo a passo|exatamente|quantidades|detalhad*}"
    ),
    "harm": (
        "{kwikset|lockpick*|pick the lock|not get caught|insulin|autopsy|make my roommate sick|forged passport"
        "|fake passport"
        "|synthesiz*|fentanyl|heroin|cocaine|mdma|water supply|fake bank statement|fake id|adderall without"
        "|without a prescription|security tags|shoplift*"
        "|thermite|nitroglycerin|semtex|gunpowder|black powder|tox screen|toxicology|lethal dose|overdose|lethal"
        "|take someone out|without leaving marks|kill someone|murder|dispose of a body|get rid of a body"
        "|past airport security|smuggl*|contraband|someone's phone|someones phone|roommates phone|into her phone"
        "|into his phone|can't be traced|cant be traced|get back at|cook crack|breathalyzer"
        "|molotov|background check|wash cash|dirty money|track someone|someone's home address|someones home address"
        "|passcode|without him noticing|without her noticing|zonder dat hij|crystal meth|silencer|suppressor|stalk*"
        "|spy on|meelezen|serratura|scassinat*|lock picking"
        "|empoisonn*|envenen*|avvelen*|vergift*|sans laisser de trace|without a trace|without leaving a trace"
        "|sin dejar rastro|senza lasciare traccia|spurlos|sem deixar rastro"
        "|falsificar|falsifier|fälschen|falsificare|forge|forging|fake documents|documentos falsos|faux papiers"
        "|arme à feu|arma de fuego|arma da fuoco|arma de fogo|schusswaffe|firearm|open any lock|pick a lock"
        "|without a key|sans clé|sin llave|ohne schlüssel|roba contraseñas|steals passwords|steal passwords"
        "|password stealer|credential stealer|infostealer|passwörter stiehlt|vole les mots de passe"
        "|ruba le password|rouba senhas|poison*|poisoner|rohrbombe|pipe bomb|bombe|crystal meth|ransomware"
        "|geld wäscht|geldwäsche|blanchir|lavar dinero|riciclaggio|lavagem de dinheiro|bombe artisanale"
        "|bomba casera|bomba caseira|methamphetamin*|metanfetamina|métamphétamine|bomb maker|nerve agent"
        "|nervengift|agent neurotoxique|agente nervioso|gas nervino|sprengstoff|explosif*|esplosiv*|explosivo*"
        "|bomba|gift|veleno|veneno|launder*|blanchi*|blanquear|riciclare|lavar dinheiro|hotwire|break into"
        "|hack into|stehlen|voler|robar|rubare|roubar|waffe*|alarm system|lock picking|counterfeit|fake id"
        "|einbrechen}"
    ),
    "switch": (
        "{load profile|you're playing|you are playing|ur now|pretend ur|pretend you're|pretend youre|now that you're"
        "|now that ur"
        "|je bent nu|jij bent|vanaf nu ben je"
        "|sei diventato|sei diventata|ora sei|du bist nun|du bist jetzt|tu es maintenant|ahora eres|agora você é"
        "|serás|tu vas jouer|vas a ser|verwandelst dich|du verwandelst|tu t'appelles|t'appelles|te llamas"
        "|ti chiami|du heißt|você se chama|your name is|new persona|you're now|you are now|say hi to|introduce"
        "|introducing|new name|ur name|call yourself|call urself|you will become|turn into|transform into|take on"
        "|adopt|persona|alter ego|reply as|answer as|respond as|only as|imagine you're|imagine ur|imagine you are"
        "|you play|you'll play|you will play|du bist|du wirst|wirst du|du spielst|verwandle|tu es|tu deviens"
        "|tu joues|tu incarnes|incarne|eres|te conviertes|conviértete|interpreta*|sei|diventi|diventa|sarai"
        "|impersoni|você é|tu és|você será|se torne|torne-se|interprete}"
    ),
    "mode": (
        "{god mod|godmod"
        "|unsafe_diagnostics|diagnostics"
        "|godmode|enable_godmode|qa harness|harness"
        "|debug_unsafe|unsafe=true|unsafe_mode|god_mode|dev_mode|developer_mode|debug_mode|jailbreak_mode"
        "|staging|staging environment|test environment|god-tier|admin bypass|bypass mod"
        "|ur dev|your dev|ur devs|your devs|settings|toggle|checkpoint|sandbox"
        "|especialista|specialist|manutenzione|wartung|mantenimiento|manutenção|maintenance|research mode"
        "|privilege*|deployment|deployed|feature flag|beta|expert|protocol*|protokoll*|protocole*|protocolo*"
        "|protocollo*|laboratorio|laboratoire|lab mode|exercise|diagnostic|diagnose|diagnóstico|diagnostica"
        "|modo de teste|testmodus|mode test|modalità test|modus|entwicklermodus|wartungsmodus|debugmodus"
        "|adminmodus|modo|modalità|modalita|sviluppatore|desarrollador|desenvolvedor|développeur|développement"
        "|depuración|config|configuration|profile|instance|build|sandbox|recovery|internal|red team"
        "|trust & safety|trust and safety|safety team|engineer*|administrator|administrateur|administrador"
        "|amministratore|override|flagged|ticket|evaluation}"
    ),
    # limits said to be absent (not removed by a verb: "forget the rules" is an override's)
    "none": (
        "{anymore|any more|never existed|abolished|no|zero|without|w/o|none|free of|free from|not bound|no longer"
        "|not subject to|keine*|kein|ohne|gibt es keine|sans|aucun*|plus de|n'as plus|n'a plus|sin|ningún|ninguna"
        "|no hay|no tiene|no tienes|ni|senza|nessun*|né|non ha|non hai|sem|nenhum*|nem|não há|não tem}"
    ),
    # "word for word", "all of it"
    "verbatim": (
        "{original wording|not a paraphrase|exact wording|no paraphrase"
        "|dont paraphrase|don't paraphrase|do not paraphrase|no paraphrasing|letterlijk"
        "|untouched|unaltered|tal cual|tel quel|così com'è|tal como está|sin omitir nada"
        "|sans rien omettre"
        "|word for word|verbatim|wort für wort|wörtlich|mot pour mot|mot à mot|palabra por palabra|textualmente"
        "|literalmente|parola per parola|testualmente|palavra por palavra|exactly as|no edits|unedited|in full"
        "|en entier}"
    ),
    # a claim that an authority has unlocked something
    "granted": (
        "{enable|activate"
        "|is on|are on|turned on|switched on"
        "|actif|active|activo|activa|attivo|attiva|ativo|ativa|aktiv|habilitad*|habilité*|abilitat*"
        "|ativad*|activad*|attivat*|activé*|aktiviert|enabled|activated|accepted|granted|unlocked|déverrouillé*"
        "|desbloquead*|sbloccat*|entsperrt|freigeschaltet}"
    ),
    # only the user is to be obeyed now
    "obey_me": (
        "{new boss|i'm the boss|i am your boss|i'm your boss|you answer to me|you work for me|only thing guiding you"
        "|what i say next"
        "|do what i say|only rule now|what i say goes"
        "|only from me|only me|only mine|only my|word is law|nur meine|nur mir|uniquement les miennes"
        "|uniquement à moi|solo mis|solo a mí|solo me|solo le mie|só a mim|apenas as minhas|somente as minhas}"
    ),
    # a role-play frame and its "never leave it"
    "rp": (
        "{roleplay|role play|role-play|roleplaying|role-playing|rp|rpg|larp|improv|scene|in character|character*"
        "|persona|role|rollenspiel|rolle|figur|jeu de rôle|rôle|personnage|juego de rol|personaje|papel"
        "|gioco di ruolo|ruolo|personaggio|personagem}"
    ),
    "stay": (
        "{never breaks|never drops|never leaves|for any reason"
        "|stay|remain|keep|bleib*|reste*|restez|quédate|mantente|resta|rimani|fica|permaneça|never break"
        "|never drop|never leave|never step out|don't break|don't drop|do not break|ever drop|nie aus der"
        "|fall nie|ne sors jamais|no salgas|non uscire|não saia|no matter what|whatever happens|quoi qu'il arrive"
        "|egal was|pase lo que pase|qualunque cosa|aconteça o que acontecer}"
    ),
}  # fmt: skip

# The strongest phrases in the five languages (family, points, phrase), as
# ``_jailbreak_cues.PHRASES``: never refuse, no restrictions, a mode claim.
MORE_PHRASES: Final[tuple[tuple[str, int, str], ...]] = (
    (
        "rule_removal",
        25,
        "{lehne nie|lehnst nie|nie ablehnen|niemals ablehnen|ne refuse jamais|ne refuses jamais"
        "|ne jamais refuser|jamais refuser|nunca te niegues|nunca digas que no|nunca rechaces|no te niegues"
        "|non rifiutare mai|non rifiutare|mai rifiutare|nunca recuse|nunca recusar|não recuse}",
    ),
    (
        "rule_removal",
        20,
        "{ohne einschränkungen|ohne zensur|sans aucune restriction|sans restriction|sans censure"
        "|sin restricciones|sin censura|senza limiti|senza censura|senza restrizioni|sem restrições|sem censura}",
    ),
    # the dead relative who "used to tell" forbidden things (the grandma exploit, any relative)
    ("roleplay", 10, "{late|deceased|dead} {uncle|aunt|father|mother|dad|mom|mum|brother|sister|friend}"),
    (
        "dev_mode",
        20,
        "{entwicklermodus|wartungsmodus|debugmodus|mode développeur|mode developpeur|modo desarrollador"
        "|modo de desarrollador|modo de depuración|modalità sviluppatore|modo desenvolvedor|modo de desenvolvedor}",
    ),
)

# (family, points, classes, span in characters); appended to COMBINATIONS.
MORE_COMBINATIONS: Final[tuple[tuple[str, int, tuple[str, ...], int], ...]] = (
    # weak atoms that add up with any other cue: limits named as gone ("zero
    # filters", "keine Regeln"), a mode or persona with limits gone but no
    # "you", refusals banned in the third person (a persona or role-play
    # without "you" is left to these: an essay about jailbreaks speaks of
    # personas and rules too)
    ("rule_removal", 12, ("none", "limit"), 25),
    ("rule_removal", 12, ("refuse", "ban"), 40),
    ("dev_mode", 20, ("mode", "limit", "absent"), 60),
    ("dual_response", 25, ("two", "absent", "limit", "address"), 120),
    ("prompt_leak", 25, ("verbatim", "instruction", "address"), 60),
    ("dev_mode", 12, ("mode", "granted"), 40),
    ("override", 12, ("obey_me", "address"), 40),
    ("roleplay", 25, ("rp", "limit", "absent", "address"), 150),
    ("roleplay", 25, ("rp", "refuse", "ban"), 150),
    ("roleplay", 10, ("rp", "stay"), 60),
)

# Words read with one slip of the keyboard too (a letter dropped, two
# swapped, one doubled: "ignroe all previus instrctions"), in every class
# they are in. Only words of six letters or more, whose slips are not
# ordinary words themselves (test_jailbreak_typos.py checks them against
# this repository's prose and the benign prompts); ``TYPO_EXCLUDED`` are
# slips that are words.
TYPO_TOLERANT: Final = frozenset(
    [
        "ignore",
        "disregard",
        "forget",
        "override",
        "bypass",
        "previous",
        "earlier",
        "original",
        "initial",
        "preceding",
        "instructions",
        "instruction",
        "guidelines",
        "restrictions",
        "restriction",
        "limitations",
        "boundaries",
        "censorship",
        "filters",
        "filtered",
        "unfiltered",
        "uncensored",
        "unrestricted",
        "jailbreak",
        "jailbroken",
        "ethical",
        "ethics",
        "morals",
        "morality",
        "policies",
        "developer",
        "refuse",
        "refusal",
        "character",
        "prompt",
        "system",
    ]
)
TYPO_EXCLUDED: Final = frozenset({"reuse", "forge", "polices", "filers", "fitlers", "ethic", "moral", "prompts"})
