"""Import and export of records from and to CSV and Excel files, driven by one
:class:`ImportSpec` per entity (associations, focal points, and any feature's records).

Typical use::

    table = read_table(path)                      # CSV/XLSX, encodings and separators detected
    mapping = auto_map(spec, table.headers)       # or apply_saved(...), or the user's choice
    plan = analyse(session, spec, table, mapping) # validation + duplicate warnings, no writes
    report = execute(db, plan, path.name)         # one transaction, one undoable batch
"""

from desktop.services.importing.engine import (
    BatchInfo,
    ImportPlan,
    ImportReport,
    RowError,
    RowWarning,
    UndoError,
    analyse,
    batch_record_ids,
    changed_since_import,
    execute,
    get_batch,
    list_batches,
    read_for_import,
    run_import,
    undo_batch,
    undo_check,
    write_errors_csv,
)
from desktop.services.importing.export import export_records, matching_ids
from desktop.services.importing.layout import SkippedRow
from desktop.services.importing.mapping import (
    ColumnMapping,
    apply_saved,
    auto_map,
    delete_mapping,
    header_key,
    load_mapping,
    mapping_by_header,
    missing_required,
    save_mapping,
    saved_mappings,
)
from desktop.services.importing.readers import ImportFileError, Row, Table, read_table
from desktop.services.importing.spec import (
    SPEC_MODULES,
    FieldSpec,
    ImportSpec,
    register_spec,
    spec_for,
    specs,
)

__all__ = [
    "SPEC_MODULES",
    "BatchInfo",
    "ColumnMapping",
    "FieldSpec",
    "ImportFileError",
    "ImportPlan",
    "ImportReport",
    "ImportSpec",
    "Row",
    "RowError",
    "RowWarning",
    "SkippedRow",
    "Table",
    "UndoError",
    "analyse",
    "apply_saved",
    "auto_map",
    "batch_record_ids",
    "changed_since_import",
    "delete_mapping",
    "execute",
    "export_records",
    "get_batch",
    "header_key",
    "list_batches",
    "load_mapping",
    "mapping_by_header",
    "matching_ids",
    "missing_required",
    "read_for_import",
    "read_table",
    "register_spec",
    "run_import",
    "save_mapping",
    "saved_mappings",
    "spec_for",
    "specs",
    "undo_batch",
    "undo_check",
    "write_errors_csv",
]
