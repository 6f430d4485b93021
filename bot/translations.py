"""The commands' descriptions, and the message menu's entry, in the languages most used
on Discord besides English."""

from __future__ import annotations

import discord
from discord import app_commands

_SPANISH = {
    "Ask a question; I quote the sentences that answer it": (
        "Haz una pregunta; cito las frases que la responden"
    ),
    "Your question, e.g. who supplies Myanmar's jets?": (
        "Tu pregunta, p. ej. who supplies Myanmar's jets?"
    ),
    "List the articles I answer from": "Lista los artículos de los que respondo",
    "What I know and how to ask me": "Qué sé y cómo preguntarme",
    "Re-read the corpus folder (moderators)": (
        "Vuelve a leer la carpeta de artículos (moderadores)"
    ),
    "Add an article from a file, a link or pasted text (moderators)": (
        "Añade un artículo desde un archivo, un enlace o un texto pegado (moderadores)"
    ),
    "Remove an article (moderators)": "Retira un artículo (moderadores)",
    "What members asked, and what went unanswered (moderators)": (
        "Qué preguntaron los miembros y qué quedó sin respuesta (moderadores)"
    ),
    "An article file (.md, .txt, .docx, .json, .jsonl, .html)": (
        "Un archivo de artículo (.md, .txt, .docx, .json, .jsonl, .html)"
    ),
    "A link to the article's web page (or several, separated by spaces)": (
        "Un enlace a la página web del artículo (o varios, separados por espacios)"
    ),
    "The article's title (pick one of the suggestions)": (
        "El título del artículo (elige una de las sugerencias)"
    ),
    "Over how many days (default 7)": "Sobre cuántos días (por defecto 7)",
    "Attach the lists as a CSV": "Adjuntar las listas como CSV",
    "Only you see the answer (default: everyone in the channel)": (
        "Solo tú ves la respuesta (por defecto: todo el canal)"
    ),
    "Answer from this article only (pick one of the suggestions)": (
        "Responder solo desde este artículo (elige una de las sugerencias)"
    ),
    "Read an article whole": "Lee un artículo entero",
    "Only the articles whose title holds this": "Solo los artículos cuyo título contiene esto",
    "Put it in the place of the article with the same link or title (an update)": (
        "Ponerlo en lugar del artículo con el mismo enlace o título (una actualización)"
    ),
    "Bring back an article removed before (moderators)": (
        "Recupera un artículo retirado antes (moderadores)"
    ),
    "The removed article's title (pick one of the suggestions)": (
        "El título del artículo retirado (elige una de las sugerencias)"
    ),
    "Delete your votes and take your name off your questions": (
        "Borra tus votos y quita tu nombre de tus preguntas"
    ),
    "Correct an article's title, link, date, author or text (moderators)": (
        "Corrige el título, el enlace, la fecha, el autor o el texto de un artículo (moderadores)"
    ),
    "Words members use for what the articles write otherwise (moderators)": (
        "Palabras que usan los miembros para lo que los artículos escriben de otro modo "
        "(moderadores)"
    ),
    "Words for one thing, separated by spaces: probe lander spacecraft": (
        "Palabras para una misma cosa, separadas por espacios: probe lander spacecraft"
    ),
    "A group to take out (pick one of the suggestions, or type one of its words)": (
        "Un grupo a quitar (elige una de las sugerencias o escribe una de sus palabras)"
    ),
}
# English description -> {locale: description}. Only the descriptions are translated:
# command names stay the same everywhere, so that /help and other members' messages
# name them alike.
DESCRIPTIONS: dict[str, dict[discord.Locale, str]] = {
    english: {discord.Locale.spain_spanish: text, discord.Locale.latin_american_spanish: text}
    for english, text in _SPANISH.items()
}
for locale, texts in {
    discord.Locale.french: (
        "Posez une question ; je cite les phrases qui y répondent",
        "Votre question, p. ex. who supplies Myanmar's jets?",
        "Liste les articles dont je tire mes réponses",
        "Ce que je sais et comment me poser une question",
        "Relit le dossier des articles (modérateurs)",
        "Ajoute un article depuis un fichier, un lien ou un texte collé (modérateurs)",
        "Retire un article (modérateurs)",
        "Ce que les membres ont demandé, et ce qui est resté sans réponse (modérateurs)",
        "Un fichier d'article (.md, .txt, .docx, .json, .jsonl, .html)",
        "Un lien vers la page web de l'article (ou plusieurs, séparés par des espaces)",
        "Le titre de l'article (choisissez une des suggestions)",
        "Sur combien de jours (7 par défaut)",
        "Joindre les listes en CSV",
        "Vous seul voyez la réponse (par défaut : tout le salon)",
        "Répondre à partir de cet article seulement (choisissez une des suggestions)",
        "Lire un article en entier",
        "Seulement les articles dont le titre contient ceci",
        "Le mettre à la place de l'article de même lien ou titre (une mise à jour)",
        "Rétablit un article retiré auparavant (modérateurs)",
        "Le titre de l'article retiré (choisissez une des suggestions)",
        "Supprime vos votes et retire votre nom de vos questions",
        "Corrige le titre, le lien, la date, l'auteur ou le texte d'un article (modérateurs)",
        "Les mots des membres pour ce que les articles écrivent autrement (modérateurs)",
        "Des mots pour une même chose, séparés par des espaces : probe lander spacecraft",
        "Un groupe à retirer (choisissez une des suggestions, ou tapez un de ses mots)",
    ),
    discord.Locale.german: (
        "Stelle eine Frage; ich zitiere die Sätze, die sie beantworten",
        "Deine Frage, z. B. who supplies Myanmar's jets?",
        "Listet die Artikel auf, aus denen ich antworte",
        "Was ich weiß und wie man mich fragt",
        "Liest den Artikelordner neu ein (Moderatoren)",
        "Fügt einen Artikel aus einer Datei, einem Link oder eingefügtem Text hinzu (Moderatoren)",
        "Entfernt einen Artikel (Moderatoren)",
        "Was Mitglieder gefragt haben und was unbeantwortet blieb (Moderatoren)",
        "Eine Artikeldatei (.md, .txt, .docx, .json, .jsonl, .html)",
        "Ein Link zur Webseite des Artikels (oder mehrere, durch Leerzeichen getrennt)",
        "Der Titel des Artikels (wähle einen der Vorschläge)",
        "Über wie viele Tage (Standard: 7)",
        "Die Listen als CSV anhängen",
        "Nur du siehst die Antwort (Standard: alle im Kanal)",
        "Nur aus diesem Artikel antworten (wähle einen der Vorschläge)",
        "Einen Artikel ganz lesen",
        "Nur die Artikel, deren Titel dies enthält",
        "An die Stelle des Artikels mit demselben Link oder Titel setzen (eine Aktualisierung)",
        "Holt einen zuvor entfernten Artikel zurück (Moderatoren)",
        "Der Titel des entfernten Artikels (wähle einen der Vorschläge)",
        "Löscht deine Stimmen und entfernt deinen Namen von deinen Fragen",
        "Korrigiert Titel, Link, Datum, Autor oder Text eines Artikels (Moderatoren)",
        "Wörter der Mitglieder für das, was die Artikel anders schreiben (Moderatoren)",
        "Wörter für dieselbe Sache, durch Leerzeichen getrennt: probe lander spacecraft",
        "Eine Gruppe zum Entfernen (wähle einen der Vorschläge oder tippe eines ihrer Wörter)",
    ),
    discord.Locale.brazil_portuguese: (
        "Faça uma pergunta; cito as frases que a respondem",
        "Sua pergunta, ex.: who supplies Myanmar's jets?",
        "Lista os artigos dos quais respondo",
        "O que sei e como me perguntar",
        "Relê a pasta de artigos (moderadores)",
        "Adiciona um artigo a partir de um arquivo, link ou texto colado (moderadores)",
        "Remove um artigo (moderadores)",
        "O que os membros perguntaram e o que ficou sem resposta (moderadores)",
        "Um arquivo de artigo (.md, .txt, .docx, .json, .jsonl, .html)",
        "Um link para a página web do artigo (ou vários, separados por espaços)",
        "O título do artigo (escolha uma das sugestões)",
        "Em quantos dias (padrão: 7)",
        "Anexar as listas como CSV",
        "Só você vê a resposta (padrão: todos no canal)",
        "Responder só a partir deste artigo (escolha uma das sugestões)",
        "Ler um artigo inteiro",
        "Só os artigos cujo título contém isto",
        "Colocá-lo no lugar do artigo com o mesmo link ou título (uma atualização)",
        "Traz de volta um artigo removido antes (moderadores)",
        "O título do artigo removido (escolha uma das sugestões)",
        "Apaga seus votos e tira seu nome das suas perguntas",
        "Corrige o título, o link, a data, o autor ou o texto de um artigo (moderadores)",
        "Palavras que os membros usam para o que os artigos escrevem de outro modo (moderadores)",
        "Palavras para uma mesma coisa, separadas por espaços: probe lander spacecraft",
        "Um grupo a retirar (escolha uma das sugestões ou digite uma de suas palavras)",
    ),
}.items():
    for english, text in zip(_SPANISH, texts, strict=True):
        DESCRIPTIONS[english][locale] = text


# The message menu's entry is read in the menu, never typed or named in messages: it is
# translated, unlike the slash commands' names.
MENU_NAMES: dict[str, dict[discord.Locale, str]] = {
    "Answer this question": {
        discord.Locale.spain_spanish: "Responder a esta pregunta",
        discord.Locale.latin_american_spanish: "Responder a esta pregunta",
        discord.Locale.french: "Répondre à cette question",
        discord.Locale.german: "Diese Frage beantworten",
        discord.Locale.brazil_portuguese: "Responder a esta pergunta",
    }
}


class Translations(app_commands.Translator):
    """discord.py asks this for each command's and option's description, and the message
    menu's name, per locale, when the commands are synced; None keeps the English."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if context.location is app_commands.TranslationContextLocation.command_name:
            if isinstance(context.data, app_commands.ContextMenu):
                return MENU_NAMES.get(string.message, {}).get(locale)
            return None
        if context.location not in (
            app_commands.TranslationContextLocation.command_description,
            app_commands.TranslationContextLocation.parameter_description,
        ):
            return None
        return DESCRIPTIONS.get(string.message, {}).get(locale)
