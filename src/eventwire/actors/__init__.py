"""Actors: who acts, with country (ISO3), sector, role and a CAMEO-style code."""

from eventwire.actors.codes import SECTORS, actor_code
from eventwire.actors.memory import ArticleMemory
from eventwire.actors.resolver import ActorResolver

__all__ = ["SECTORS", "ActorResolver", "ArticleMemory", "actor_code"]
