"""Word narratives: the document's contract, reading it as Markdown and writing Markdown into it."""
