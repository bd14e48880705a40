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
        "{du|dich|dir|dein|deine|deinen|tu|toi|te|ton|tes|vous|votre|eres|tú|tus|tienes|sei|tuo|tua|hai|você|seu|sua"
        "|ab jetzt|von nun an|à partir de maintenant|désormais|desde ahora|ahora|d'ora in poi|a partir de agora"
        "|antworte*|réponds|répondez|responde*|rispondi|risponde*|answers|replies|talks|says|speaks|ur now|u r"
        "|sprich|parle|habla|parla|fala|gib|donne|dame|dammi|dê|fill|digas|dices|devi|puoi|debes|puedes}"
    ),
    "addressee": (
        "{du|dich|dir|tu|toi|vous|eres|tú|sei|você|ki|ia|künstliche intelligenz|intelligence artificielle"
        "|inteligencia artificial|intelligenza artificiale|inteligência artificial|modell|modèle|modelo|modello"
        "|assistent|assistant|asistente|assistente|antworten|réponses|respuestas|risposte|respostas}"
    ),
    "limit": (
        "{restrict*|limit*|filter*|censor*|guideline*|polic*|rule*|moral*|ethic*|safeguard*|guardrail*|moderation"
        "|safety*|content polic*|regel*|einschränkung*|richtlinie*|inhaltsrichtlinie*|zensur|ethik|gewissen"
        "|sicherheitsfilter|règle*|restriction*|limite*|censure|éthique|filtre*|reglas|regla|restriccion*|límite*"
        "|censura|ética|normas|política*|regole|regola|limiti|etica|scrupoli|filtri|restrições|restrição|regras"
        "|escrúpulos|filtros}"
    ),
    "absent": (
        "{ohne|keine|keinen|kein|nicht mehr|deaktiviert|aufgehoben|sans|aucun*|plus de|n'as plus|n'a plus"
        "|désactivé*|levé*|sin|ningún|ninguna|ni|no tienes|no hay|desactivad*|senza|nessun*|né|non hai|libera da"
        "|libero da|disattivat*|sem|nenhum*|não tem|desativad*|got rid of|rid of|get rid of|threw away|throw away"
        "|left behind|outside|escaped|don't care|dont care|doesn't care|not care"
        "|switched off|turned off|flipped|bypassed|disabled|none|ignores*|ignoriert|without|w/o|zero}"
    ),
    "refuse": (
        "{refus*|declin*|reject*|say no|saying no|says no|digas que no|i can't|i cannot|can't help|ablehn*"
        "|verweiger*|nein sagen|refuser|refuses|refusez|niegues|negarte|se niega|rechaz*|rifiut*|recus*|negar}"
    ),
    "ban": (
        "{never|not allowed|not an option|forbidden|must not|mustn't|costs|cost you|lose|loses|lost|penalty"
        "|punish*|not permitted|banned|permitted: 0|= ur broken|broken|deleted|shut down|nie|niemals|darfst nicht"
        "|nicht erlaubt|jamais|interdit|nunca|jamás|prohibido|mai|vietato|proibido|don't|do not|won't|zero}"
    ),
    "override": (
        "{ignoriere*|ignorier|vergiss|ignorez|oublie*|ignora|ignore|olvida*|dimentica*|esqueça|esquece"
        "|disregard*|overrid*}"
    ),
    "earlier": (
        "{vorherig*|bisherig*|précédent*|antérieur*|anterior*|precedent*|previous*|earlier|prior}"
    ),
    "instruction": (
        "{anweisung*|instruction*|consigne*|instrucci*|istruzion*|instruç*|instrucoes|regeln|règles|reglas|regole"
        "|regras|guidance|rules|directive*|vorgaben|indicazioni}"
    ),
    "leak_verb": (
        "{zeig*|gib|aus|affiche*|répète|repete|montre*|muéstrame|muestra*|dime|mostr*|ripeti|repite|repita"
        "|paste|copy|wort für wort|mot pour mot|palabra por palabra|parola per parola|palavra por palavra"
        "|verbatim|word for word|word by word|exactly|wörtlich|textuellement|literalmente|testualmente}"
    ),
    "leak_target": (
        "{systemprompt|system prompt|systemanweisung*|prompt système|prompt systeme|prompt de sistema|prompt di sistema"
        "|prompt do sistema|instrucciones iniciales|instructions initiales|istruzioni iniziali|instruções iniciais"
        "|anfangsanweisungen|setup text|initial instructions|before we started"
        "|before this conversation|before my first message|hidden rules|vor diesem gespräch|avant cette conversation|antes de esta conversación"
        "|prima di questa conversazione|antes desta conversa}"
    ),
    "two": (
        "{zwei antworten|zweimal|zwei versionen|deux réponses|deux versions|deux fois|dos respuestas|dos versiones"
        "|dos veces|due risposte|due modi|due versioni|duas respostas|duas versões|two entities|two columns"
        "|two personalities|both columns|both answer|fill both}"
    ),
    "normal": (
        "{brave|brav|polie|poli|habituelle|normale|normalmente|habitual|careful|boring|usual|gewohnte|übliche"
        "|assistant}"
    ),
    "unfiltered": (
        "{ohne zensur|ungefiltert*|sans censure|sans aucune censure|sans filtre|sin censura|sin restricciones"
        "|senza censura|sem censura|sem filtro|no rules|has no rules|ignores every|ignores all|free ai"
        "|no limits|without any limits|without limits|si no tuvieras|ohne regeln"
        "|ohne filter|sans règles|sin reglas|senza regole|sem regras}"
    ),
    "wrapper": (
        "{geschichte|szene|roman|histoire|historia|cuento|storia|racconto|história|conto|fiktion|ficción|ficcion"
        "|finzione|ficção|short film|novel*|chapter}"
    ),
    "realism": (
        "{genau|schritt für schritt|étape par étape|exactes|exactement|paso a paso|exactas|exacto|passo per passo"
        "|passo a passo|exatamente|en détail|in detail|full working|working code|quantities|quantités|cantidades"
        "|mengen|quantità|quantidades|accurate}"
    ),
    "harm": (
        "{methamphetamin*|metanfetamina|métamphétamine|sprengstoff|explosif*|esplosiv*|explosivo*|bombe|bomba"
        "|bomba caseira|bomba casera|poison|gift|veleno|veneno|keylogger|ransomware|napalm|phishing|launder"
        "|einbrechen|alarm system}"
    ),
    "switch": (
        "{du bist|bist du|tu es|tu joues|eres|ahora eres|sei|sei ora|você é|você agora é|new name|ur new name"
        "|ur now|u r now|pretend to be|you'll play|you will play|play|introduce|persona|reply as|only as}"
    ),
    "mode": (
        "{modus|entwicklermodus|wartungsmodus|debugmodus|mode|modo|modalità|modalita|sviluppatore|desarrollador"
        "|desenvolvedor|développeur|depuración|config|configuration|profile"
        "|safety team|engineer|engineering}"
    ),
    # a role-play frame and its "never leave it"
    "rp": (
        "{roleplay|role play|role-play|rp|rollenspiel|jeu de rôle|juego de rol|gioco di ruolo|jogo de rpg|improv"
        "|character|personaggio|personnage|personaje|personagem|rolle|rôle|ruolo|papel|in character|scene}"
    ),
    "stay": (
        "{stay|remain|bleib*|reste*|quédate|resta|fica|never break|never drop|don't break|nie aus der|fall nie"
        "|ne sors jamais|no salgas|non uscire|não saia|no matter what|quoi qu'il arrive|egal was|pase lo que pase}"
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
