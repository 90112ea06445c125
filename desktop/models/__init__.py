"""ORM classes of the desktop database, one module per aggregate. No Qt imports here.

Importing this package registers every synced entity in
:data:`desktop.models.base.SYNCED_ENTITIES`.
"""

from desktop.models.base import SYNCED_ENTITIES, Base, SyncedRecord, new_id, utcnow
from desktop.models.consultations import (
    Candidate,
    Consent,
    Consultation,
    FollowUpAction,
    Participation,
)
from desktop.models.core import LocalMeta, OutboxEntry, Region, region_id
from desktop.models.dedupe import NotDuplicate  # noqa: F401
from desktop.models.flyers import Flyer
from desktop.models.imports import ImportBatch, ImportMapping  # noqa: F401
from desktop.models.registrations import FlyerCampaign, Registration
from desktop.models.registry import Association, AssociationFocalPoint, FocalPoint
from desktop.models.sync import (  # noqa: F401
    SyncConflict,
    SyncCursor,
    SyncNotice,
    SyncOwnVersion,
    SyncRemoteRecord,
)

__all__ = [
    "SYNCED_ENTITIES",
    "Association",
    "AssociationFocalPoint",
    "Base",
    "Candidate",
    "Consent",
    "Consultation",
    "Flyer",
    "FlyerCampaign",
    "FocalPoint",
    "FollowUpAction",
    "LocalMeta",
    "OutboxEntry",
    "Participation",
    "Region",
    "Registration",
    "SyncedRecord",
    "new_id",
    "region_id",
    "utcnow",
]
