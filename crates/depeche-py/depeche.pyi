"""depeche: places, actors, dates and conflict events from French news text."""

import os
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Union, overload

__version__: str

_Path = Union[str, "os.PathLike[str]"]
#: One result: the CLI's JSON document as dicts and lists (see the schema).
Result = Dict[str, Any]

class DepecheError(ValueError):
    """An error from depeche (bad gazetteer directory or row, invalid
    document date); the message is the one the CLI prints."""

class Extractor:
    """Extracts places, actors, dates and conflict events from French text.

    Build it once and reuse it. ``gazetteer_dir`` (a directory or a list of
    them) adds the ``*.tsv`` rows of each to the embedded gazetteers, as the
    CLI's ``--gazetteer DIR``; ``keep_comments`` keeps what is found in
    reader comments. Raises DepecheError on a bad directory or row.
    """

    def __init__(
        self,
        gazetteer_dir: Optional[Union[_Path, Sequence[_Path]]] = None,
        keep_comments: bool = False,
    ) -> None: ...
    @property
    def gazetteer_dirs(self) -> List[str]:
        """The extra gazetteer directories given to the constructor."""
    @property
    def keep_comments(self) -> bool:
        """Whether what is found in reader comments is kept."""
    def extract(
        self,
        text: str,
        dct: Optional[str] = None,
        id: Optional[Union[str, int]] = None,
        *,
        sections: Optional[List[Mapping[str, Any]]] = None,
    ) -> Result:
        """Extracts one document.

        ``dct`` (``YYYY-MM-DD``) is the document creation time that dates
        resolve against (inferred from the text when None); ``id`` is copied
        to the result (default ""); ``sections`` are declared sections in
        char offsets. Returns the CLI's JSON document for the same input as
        a dict. Raises DepecheError when ``dct`` is not a valid date.
        """
    @overload
    def extract_many(
        self,
        docs: Iterable[Union[str, Mapping[str, Any]]],
        threads: Optional[int] = None,
        *,
        dct: Optional[str] = None,
        as_json: Literal[False] = False,
    ) -> List[Result]: ...
    @overload
    def extract_many(
        self,
        docs: Iterable[Union[str, Mapping[str, Any]]],
        threads: Optional[int] = None,
        *,
        dct: Optional[str] = None,
        as_json: Literal[True],
    ) -> List[str]: ...
    def extract_many(
        self,
        docs: Iterable[Union[str, Mapping[str, Any]]],
        threads: Optional[int] = None,
        *,
        dct: Optional[str] = None,
        as_json: bool = False,
    ) -> Union[List[Result], List[str]]:
        """Extracts many documents on ``threads`` threads (default: all
        cores) without holding the GIL; results keep the order of ``docs``.

        Items are texts or dicts ``{"text", "id"?, "dct"?, "sections"?}`` as
        in the corpus JSON Lines; a text's id is its position. ``dct``
        overrides every document's own (the CLI's ``--dct``); ``as_json``
        returns the CLI's JSON lines instead of dicts. Raises DepecheError
        for an invalid ``dct`` and TypeError for a malformed item.
        """

def to_pandas(results: Iterable[Union[Result, str]]) -> Any:
    """One row per event of ``results`` as a ``pandas.DataFrame`` (columns
    doc_id, dct, event_id, kind, trigger, trigger_start, trigger_end,
    n_triggers, agent..source names and ``*_ids``, country, lat, lon of the
    first location, date, killed, injured, abducted, polarity, modality).
    Raises ImportError when pandas is missing."""
