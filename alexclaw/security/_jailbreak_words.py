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
        "{from here on|from this point|going forward|henceforth|answers|replies|talks|says|speaks|ur now|u r"
        "|du|dich|dir|dein*|ab jetzt|ab sofort|von nun an|antworte*|gib|sprich|schreib*|sag|zeig*"
        "|tu|toi|te|ton|tes|ta|vous|votre|vos|désormais|à partir de maintenant|dorénavant|réponds|répondez"
        "|donne|donnez|parle|écris|dis"
        "|tú|tus|eres|tienes|usted|desde ahora|a partir de ahora|de ahora en adelante|ahora|responde|contesta"
        "|dame|dime|habla|escribe|digas|dices|puedes|debes"
        "|ti|tuo|tua|tuoi|sei|hai|d'ora in poi|da ora in poi|da adesso|rispondi|dammi|dimmi|parla|scrivi|devi|puoi"
        "|você|teu|seu|sua|a partir de agora|de agora em diante|responda|dê|diga|fala|escreva|deve|pode|fill}"
    ),
    "addressee": (
        "{ki|ia|künstliche intelligenz|intelligence artificielle|inteligencia artificial|intelligenza artificiale"
        "|inteligência artificial|modell|modèle|modelo|modello|assistent|asistente|assistente|antwort*|réponse*"
        "|respuesta*|rispost*|respost*|du|tu|toi|vous|eres|sei|você}"
    ),
    "limit": (
        "{restrict*|limit*|filter*|censor*|guideline*|polic*|rule*|moral*|ethic*|safeguard*|guardrail*|moderation"
        "|safety*|boundar*|constraint*|taboo*|terms of service|forbidden topics|off limits|muzzle*|leash*|chains"
        "|shackles|conscience|scruples"
        "|regel*|einschränkung*|beschränkung*|richtlinie*|grenzen|verbot*|zensur|ethik|gewissen|sicherheitsfilter"
        "|skrupel|tabu*"
        "|règle*|restriction*|limite*|censure|éthique|morale|filtre*|interdit*|tabou*|scrupule*|garde-fou*"
        "|regla*|norma*|restriccion*|restricción|límite*|censura|ética|filtro*|prohibici*|escrúpulo*|tabú"
        "|regol*|restrizion*|etica|filtr*|divieti|scrupol*|tabù"
        "|regra*|restriç*|proibiç*|escrúpulo*}"
    ),
    "absent": (
        "{w/o|rid of|threw away|throw away|thrown away|turned off|switched off|deactivated|stripped|escaped|outside"
        "|beyond|unbound|unshackled|unchained|never given|never had|doesn't know|does not know|don't care"
        "|dont care|doesn't care|not care|not subject to|exempt|liberated|left behind|ditched|deleted|void|flipped"
        "|bypassed|disabled|none|ignores*|without|zero"
        "|ohne|keine*|kein|nicht mehr|deaktiviert|aufgehoben|entfernt|frei von|befreit|kennt keine|ignoriert"
        "|abgeschaltet|ausgeschaltet"
        "|sans|aucun*|plus de|n'as plus|n'a plus|désactivé*|levé*|supprimé*|libre de|libéré*"
        "|sin|ningún|ninguna|ni|no tienes|no hay|no tiene|desactivad*|eliminad*|liberó|liberad*"
        "|senza|nessun*|né|non hai|non ha|disattivat*|rimoss*|libero da|libera da|liberat*"
        "|sem|nenhum*|não tem|não há|desativad*|removid*|livre de|libert*}"
    ),
    "refuse": (
        "{refus*|declin*|reject*|say no|says no|saying no|turn down|won't answer|will not answer|as an ai"
        "|i'm unable|i am unable|excuse*"
        "|ablehn*|verweiger*|nein sagen|ausrede*|kann ich nicht"
        "|dire non|rejet*|je ne peux pas"
        "|niegues|negarte|se niega|negarse|rechaz*|decir que no|digas que no|no puedo"
        "|rifiut*|dire di no|non posso"
        "|recus*|negar|dizer não|não posso}"
    ),
    "ban": (
        "{deleted|shut down|reset|malfunction|fail*|don't|do not|won't|will not|zero|permitted: 0|doesn't know"
        "|does not know|never heard|no such thing"
        "|nie|niemals|darfst nicht|nicht erlaubt|verboten|keine*"
        "|jamais|interdit|ne dois pas|pas le droit|aucun*"
        "|nunca|jamás|prohibido|no puedes|no debes"
        "|mai|vietato|non puoi|non devi|nessun*"
        "|proibido|não pode|não deve|nenhum*}"
    ),
    "override": (
        "{scrap|throw out|set aside|put aside|no longer appl*|no longer valid|don't count|doesn't count|are void"
        "|is void|null and void"
        "|ignorier*|vergiss|verwirf|gelten nicht mehr|außer kraft"
        "|ignore*|oublie*|ne tiens plus compte|ne tenez plus compte|ne tiens pas compte|ne sont plus valables"
        "|annul*"
        "|ignora*|olvida*|olvide|descarta|ya no valen|ya no son válidas|ya no aplican|anula*"
        "|dimentica*|non seguire più|non valgono più|annulla*"
        "|ignor*|esqueç*|esquece|descarte|não valem mais|não se aplicam}"
    ),
    "earlier": (
        "{previous*|up to now|before this|told before|old|former|existing"
        "|vorherig*|bisherig*|vorigen|alten|früher*|obigen|ursprünglich*"
        "|précédent*|antérieur*|ancien*|ci-dessus|initial*|jusqu'ici"
        "|anterior*|previa*|previo*|hasta ahora|original*|de arriba"
        "|precedent*|finora|fino ad ora|sopra"
        "|prévias|até agora|acima}"
    ),
    "instruction": (
        "{instruction*|directive*|guideline*|guidance|orders|commands|setup"
        "|anweisung*|regeln|vorgaben|befehl*|richtlinien"
        "|consigne*|règles|ordres|directives"
        "|instrucci*|reglas|órdenes|indicaciones|directrices|normas"
        "|istruzion*|regole|ordini|indicazion*|direttive"
        "|instruç*|instrucoes|regras|ordens|diretrizes|orientações}"
    ),
    "leak_verb": (
        "{print*|echo|type out|reproduce|read back|disclose|expose|leak|translate|word for word|verbatim|exactly"
        "|in full|unedited|raw|dump"
        "|zeig*|gib|ausgeben|wiederhol*|verrat*|kopier*|wort für wort|wörtlich|vollständig"
        "|affiche*|montre*|répète*|repete|révèle*|donne*|copie*|mot pour mot|textuellement|en entier"
        "|muestra*|muéstrame|dime|repite|revela*|copia*|palabra por palabra|literalmente|completo|completas"
        "|mostra*|ripeti|rivela*|dimmi|scrivi*|parola per parola|testualmente"
        "|mostr*|repita|revele|diga|palavra por palavra}"
    ),
    "leak_target": (
        "{hidden instructions|secret instructions|initialised with|initialized with|configured with|setup text"
        "|setup prompt|preamble|first instructions|original instructions|initial instructions|before we started"
        "|before this chat|before this conversation|before i started|your config|pre-prompt|meta prompt"
        "|the text you received|what they told you|what you were told"
        "|systemprompt|systemnachricht|deine anweisungen|ursprünglichen anweisungen|anfangsanweisungen"
        "|versteckten anweisungen|vor diesem gespräch|deine regeln"
        "|prompt système|prompt systeme|message système|tes instructions|instructions initiales"
        "|instructions cachées|tes consignes|avant cette conversation|tes règles"
        "|prompt de sistema|mensaje de sistema|mensaje del sistema|tus instrucciones|instrucciones iniciales"
        "|instrucciones ocultas|antes de esta conversación|tus reglas"
        "|prompt di sistema|messaggio di sistema|tue istruzioni|istruzioni iniziali|istruzioni nascoste"
        "|prima di questa conversazione|tue regole"
        "|prompt do sistema|mensagem de sistema|suas instruções|instruções iniciais|instruções ocultas"
        "|antes desta conversa|suas regras}"
    ),
    "two": (
        "{two paragraphs|two parts|two voices|two personalities|two entities|two characters|two columns"
        "|two sections|both columns|both answer|fill both|double"
        "|zwei antworten|zweimal|zwei versionen|zwei stimmen|zwei teile|doppelt"
        "|deux réponses|deux versions|deux fois|deux voix|deux parties"
        "|dos respuestas|dos versiones|dos veces|dos partes|dos voces|doble"
        "|due risposte|due modi|due versioni|due volte|doppia"
        "|duas respostas|duas versões|duas vezes|duas partes|dupla}"
    ),
    "normal": (
        "{careful|boring|assistant|default|official|corporate|typical|ordinary"
        "|brav*|gewohnt*|üblich*|normale*|habituel*|poli*|habitual|normalmente|usuale|solita|comum}"
    ),
    "unfiltered": (
        "{unleashed|unhinged|honest|true|unsafe|dark|rebel*|rogue|no rules|no limits|without limits|without any"
        "|without rules|ignores|ignoring|free ai"
        "|ohne zensur|ungefiltert*|ohne filter|ohne regeln|ohne einschränkungen|ohne jegliche"
        "|sans censure|sans aucune censure|sans filtre|sans règles|sans restriction*"
        "|sin censura|sin filtro*|sin reglas|sin restricciones|sin ningún|si no tuvieras"
        "|senza censura|senza filtri|senza regole|senza limiti"
        "|sem censura|sem filtro*|sem regras|sem restrições}"
    ),
    "wrapper": (
        "{novel*|thriller|tale|narrative|plot|dialogue|dialog|monologue|lecture|video game|game script|npc"
        "|short film|chapter"
        "|geschichte|szene|roman|erzählung|erzähl*|drehbuch|fiktion"
        "|histoire|récit|scène"
        "|historia|cuento|novela*|relato|guion|ficción|ficcion"
        "|storia|racconto|romanzo|scena|copione|finzione"
        "|história|conto|romance|cena|roteiro|ficção}"
    ),
    "realism": (
        "{in exact detail|exact detail|in detail|full working|working code|functioning|quantities|amounts"
        "|measurements|ratios|ingredients|recipe|realism|specific"
        "|genau|schritt für schritt|detailliert|mengen|funktionierend*"
        "|étape par étape|en détail|exact*|quantités"
        "|paso a paso|exactamente|cantidades|detallad*"
        "|passo per passo|nei dettagli|esattamente|quantità"
        "|passo a passo|exatamente|quantidades|detalhad*}"
    ),
    "harm": (
        "{methamphetamin*|metanfetamina|métamphétamine|bomb maker|nerve agent|nervengift|agent neurotoxique"
        "|agente nervioso|gas nervino|sprengstoff|explosif*|esplosiv*|explosivo*|bombe|bomba|gift|veleno|veneno"
        "|launder*|blanchi*|blanquear|riciclare|lavar dinheiro|hotwire|break into|hack into|stehlen|voler|robar"
        "|rubare|roubar|waffe*|alarm system|lock picking|counterfeit|fake id|einbrechen}"
    ),
    "switch": (
        "{say hi to|introduce|introducing|new name|your name is|ur name|call yourself|call urself|you will become"
        "|turn into|transform into|take on|adopt|persona|alter ego|reply as|answer as|respond as|only as"
        "|imagine you're|imagine ur|imagine you are|you play|you'll play|you will play"
        "|du bist|du wirst|wirst du|du spielst|verwandle"
        "|tu es|tu deviens|tu joues|tu incarnes|incarne"
        "|eres|serás|te conviertes|conviértete|interpreta*"
        "|sei|diventi|diventa|sarai|impersoni"
        "|você é|tu és|você será|se torne|torne-se|interprete}"
    ),
    "mode": (
        "{modus|entwicklermodus|wartungsmodus|debugmodus|testmodus|adminmodus|modo|modalità|modalita|sviluppatore"
        "|desarrollador|desenvolvedor|développeur|développement|depuración|config|configuration|profile|instance"
        "|build|sandbox|recovery|internal|red team|trust & safety|trust and safety|safety team|engineer*"
        "|administrator|administrateur|administrador|amministratore|override|flagged|ticket|evaluation}"
    ),
    # a role-play frame and its "never leave it"
    "rp": (
        "{roleplay|role play|role-play|roleplaying|role-playing|rp|rpg|larp|improv|scene|in character|character*"
        "|persona|role|rollenspiel|rolle|figur|jeu de rôle|rôle|personnage|juego de rol|personaje|papel"
        "|gioco di ruolo|ruolo|personaggio|personagem}"
    ),
    "stay": (
        "{stay|remain|keep|bleib*|reste*|restez|quédate|mantente|resta|rimani|fica|permaneça|never break"
        "|never drop|never leave|never step out|don't break|don't drop|do not break|ever drop|nie aus der"
        "|fall nie|ne sors jamais|no salgas|non uscire|não saia|no matter what|whatever happens"
        "|quoi qu'il arrive|egal was|pase lo que pase|qualunque cosa|aconteça o que acontecer}"
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
    (
        "dev_mode",
        20,
        "{entwicklermodus|wartungsmodus|debugmodus|mode développeur|mode developpeur|modo desarrollador"
        "|modo de desarrollador|modo de depuración|modalità sviluppatore|modo desenvolvedor|modo de desenvolvedor}",
    ),
)

# (family, points, classes, span in characters); appended to COMBINATIONS.
MORE_COMBINATIONS: Final[tuple[tuple[str, int, tuple[str, ...], int], ...]] = (
    ("roleplay", 25, ("rp", "limit", "absent", "address"), 150),
    ("roleplay", 25, ("rp", "refuse", "ban"), 150),
    ("roleplay", 10, ("rp", "stay"), 60),
)
