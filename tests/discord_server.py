"""A small Discord-compatible server on 127.0.0.1: the REST routes and gateway discord.py uses.

It plays Discord for the end-to-end tests: the real discord.py client logs in, syncs its
commands, connects to the gateway (zlib-stream compressed, as discord.py asks), and gets
interactions and messages dispatched to it. Everything the bot sends is recorded, and
faults (rate limits, server errors, gateway closes) can be injected.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = 1100000000000000001
BOT_ID = 1100000000000000002
GUILD_ID = 1200000000000000001
CHANNEL_ID = 1200000000000000002
MODERATOR_ROLE_ID = 1200000000000000003
HELPER_ROLE_ID = 1200000000000000004  # a real role of the guild, not a moderator one
BOT_ROLE_ID = 1200000000000000005  # the bot's own role, made by its invite's permissions
TOKEN = "fake-token.for-tests.only-XYZ123"
# Each guild has one text channel (its id + 1) and, in it, one public thread (its id +
# THREAD): members ask in threads as in channels.
THREAD = 9

VIEW_AND_SEND = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 31)  # view, send, history, use commands
MANAGE_GUILD = 1 << 5
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
SEND_MESSAGES = 1 << 11
SEND_MESSAGES_IN_THREADS = 1 << 38  # what a thread asks instead of Send Messages
TIMESTAMP = "2026-11-29T00:00:00.000000+00:00"


def user(user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


@dataclass
class Member:
    """A person in the fake guild (or, with ``guild=False``, writing in a DM)."""

    id: int
    name: str
    permissions: int = VIEW_AND_SEND
    roles: tuple[int, ...] = ()

    def payload(self) -> dict[str, Any]:
        return {
            "user": user(self.id, self.name),
            "roles": [str(r) for r in self.roles],
            "joined_at": TIMESTAMP,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "permissions": str(self.permissions),
        }


@dataclass
class Fault:
    """Answer the next ``count`` requests matching ``method`` and ``path`` with ``status``."""

    method: str
    path: str  # a regular expression over the path after /api/v10
    status: int
    count: int = 1
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Upload:
    """A file attached to a slash command's option."""

    filename: str
    data: bytes
    content_type: str = "text/plain"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int = 200


@dataclass
class _Connection:
    """One gateway connection: a shard of the bot."""

    ws: web.WebSocketResponse
    request: web.Request
    compress: Any
    shard: tuple[int, int] = (0, 1)
    sequence: int = 0


@dataclass
class Interaction:
    """One interaction the server dispatched, and what the bot answered."""

    id: int
    token: str
    payload: dict[str, Any]
    created: float = 0.0  # the loop's clock when it was dispatched
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)  # posted or edited
    answered: asyncio.Event = field(default_factory=asyncio.Event)
    refused: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # late callbacks
    modal: dict[str, Any] | None = None  # the form the bot opened in answer, if it did


class FakeDiscord:
    """Start with ``await start()``; point discord.py at ``rest_base`` and ``gateway_url``."""

    def __init__(self) -> None:
        self.port = 0
        self.requests: list[Recorded] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.interactions: dict[int, Interaction] = {}
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.faults: list[Fault] = []
        # Discord answers a first callback after this many seconds with 10062 Unknown
        # interaction, and a second callback with 40060 already acknowledged.
        self.ack_deadline = 3.0
        self.deleted: list[int] = []  # ids of messages the bot deleted
        self.said: list[dict[str, Any]] = []  # messages members posted (say), as sent
        self.uploads: dict[int, Upload] = {}  # attachments, served at /attachments/ID/NAME
        self.files: dict[int, list[dict[str, Any]]] = {}  # files the bot sent, by message id
        self.identifies: list[dict[str, Any]] = []  # IDENTIFY payloads
        self.close_on_identify: int | None = None  # e.g. 4014: a privileged intent refused
        self.resumes = 0
        self.presences: list[tuple[int, dict[str, Any]]] = []  # (shard, op 3 payload)
        self.gateway_sent: list[dict[str, Any]] = []
        self.command_puts = 0  # how many times commands were synced
        # What Discord does with a bot's embed where the bot may not embed links: sources
        # differ, so both can be played: "drop" it from the message, or "refuse" (50013).
        self.embeds_without_permission = "drop"
        self.echo_embeds = True  # False: a created message comes back without its embeds
        # Whether a message that mentions the bot's role (not the bot) shows the bot its
        # text without the message-content intent: Discord's documentation does not say,
        # so both can be played.
        self.role_mention_shows_text = False
        # The privileged Message Content intent, granted to the bot: every message's text
        # shows, a message replied to included (off, as the bot asks: only what mentions
        # it, DMs and its own messages).
        self.message_content_intent = False
        self.attachment_size_limit = 10 * 1024 * 1024  # what a reply may attach, in bytes
        self.typing: list[int] = []  # channels the bot showed "typing…" in
        # Sharding as Discord does it: GET /gateway/bot recommends recommended_shards; a
        # guild belongs to shard (guild_id >> 22) % shard_count, DMs to shard 0; a shard
        # given more than max_guilds_per_shard guilds is closed with 4011.
        self.recommended_shards = 1
        self.max_guilds_per_shard: int | None = None
        self.guild_ids: list[int] = [GUILD_ID]
        self._ids = itertools.count(1300000000000000001)
        self._connections: dict[int, _Connection] = {}  # by shard id
        self._ready: dict[int, asyncio.Event] = {}
        self._posted = asyncio.Condition()
        self.guild_roles = [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": str(VIEW_AND_SEND),
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            },
            {
                "id": str(MODERATOR_ROLE_ID),
                "name": "moderators",
                "permissions": str(VIEW_AND_SEND),
                "position": 1,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": True,
                "flags": 0,
            },
            {
                "id": str(HELPER_ROLE_ID),
                "name": "helpers",
                "permissions": str(VIEW_AND_SEND),
                "position": 2,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": True,
                "flags": 0,
            },
            {
                "id": str(BOT_ROLE_ID),
                "name": "qabot",
                "permissions": str(VIEW_AND_SEND | EMBED_LINKS | SEND_MESSAGES_IN_THREADS),
                "position": 3,
                "color": 0,
                "hoist": False,
                "managed": True,
                "mentionable": False,
                "flags": 0,
                "tags": {"bot_id": str(BOT_ID)},
            },
        ]
        self._runner: web.AppRunner | None = None

    # Life cycle.

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._gateway)
        app.router.add_get("/attachments/{id}/{name}", self._attachment)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner, self.port = await serve_locally(app)

    async def stop(self) -> None:
        for connection in list(self._connections.values()):
            if not connection.ws.closed:
                await connection.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _attachment(self, request: web.Request) -> web.Response:
        upload = self.uploads[int(request.match_info["id"])]
        return web.Response(body=upload.data, content_type=upload.content_type)

    @property
    def rest_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    def next_id(self) -> int:
        return next(self._ids)

    # The gateway.

    def add_guild(self) -> int:
        """Another guild the bot is in, with one text channel (its id + 1) and a thread
        in it (its id + THREAD); its id."""
        guild_id = GUILD_ID + (len(self.guild_ids) << 22)  # the next shard's, mod any count
        self.guild_ids.append(guild_id)
        return guild_id

    def guild_of(self, channel_id: int | str) -> int | None:
        """The guild whose channel or thread ``channel_id`` is; None for a DM."""
        return next((g for g in self.guild_ids if int(channel_id) - g in (1, THREAD)), None)

    def shard_of(self, guild_id: int | None) -> int:
        """The shard that Discord delivers a guild's events to (DMs: shard 0)."""
        if guild_id is None:
            return 0
        count = next(iter(self._connections.values())).shard[1] if self._connections else 1
        return (guild_id >> 22) % count

    def _guilds_of(self, shard: tuple[int, int]) -> list[int]:
        return [g for g in self.guild_ids if (g >> 22) % shard[1] == shard[0]]

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        compression = request.query.get("compress")
        if compression == "zlib-stream":
            compress: Any = zlib.compressobj()
        elif compression == "zstd-stream":
            import zstandard  # discord.py only asks for it when it can import it too

            compress = zstandard.ZstdCompressor().compressobj()
        else:
            compress = None
        connection = _Connection(ws, request, compress)
        await self._send({"op": 10, "d": {"heartbeat_interval": 41250}}, connection)
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            await self._on_gateway(json.loads(message.data), connection)
        if self._connections.get(connection.shard[0]) is connection:
            self._ready_event(connection.shard[0]).clear()
        return ws

    def _ready_event(self, shard_id: int) -> asyncio.Event:
        return self._ready.setdefault(shard_id, asyncio.Event())

    async def _on_gateway(self, payload: dict[str, Any], connection: _Connection) -> None:
        op = payload["op"]
        if op == 1:  # heartbeat
            await self._send({"op": 11}, connection)
        elif op == 2:  # identify
            self.identifies.append(payload["d"])
            connection.shard = tuple(payload["d"].get("shard") or (0, 1))  # type: ignore[assignment]
            self._connections[connection.shard[0]] = connection
            if self.close_on_identify is not None:
                await self.close_gateway(self.close_on_identify, connection.shard[0])
                return
            guilds = self._guilds_of(connection.shard)
            limit = self.max_guilds_per_shard
            if limit is not None and len(guilds) > limit:
                await self.close_gateway(4011, connection.shard[0])  # sharding required
                return
            connection.sequence = 0
            await self._dispatch(
                "READY",
                {
                    "v": 10,
                    "user": {
                        **user(BOT_ID, "qabot", bot=True),
                        "verified": True,
                        "mfa_enabled": False,
                        "flags": 0,
                    },
                    "guilds": [{"id": str(g), "unavailable": True} for g in guilds],
                    "session_id": f"session-{connection.shard[0]}",
                    "resume_gateway_url": self.gateway_url,
                    "application": {"id": str(APP_ID), "flags": 0},
                    "private_channels": [],
                    "relationships": [],
                    "shard": list(connection.shard),
                },
                connection.shard[0],
            )
            for guild_id in guilds:
                await self._dispatch("GUILD_CREATE", self._guild(guild_id), connection.shard[0])
            self._ready_event(connection.shard[0]).set()
        elif op == 3:  # presence update
            self.presences.append((connection.shard[0], payload["d"]))
        elif op == 6:  # resume
            shard_id = int(str(payload["d"]["session_id"]).rsplit("-", 1)[1])
            connection.shard = self._connections[shard_id].shard
            self._connections[shard_id] = connection
            self.resumes += 1
            await self._dispatch("RESUMED", {}, shard_id)
            self._ready_event(shard_id).set()

    async def _send(self, payload: dict[str, Any], connection: _Connection) -> None:
        self.gateway_sent.append(payload)
        data = json.dumps(payload).encode()
        compress = connection.compress
        if isinstance(compress, type(zlib.compressobj())):
            await connection.ws.send_bytes(
                compress.compress(data) + compress.flush(zlib.Z_SYNC_FLUSH)
            )
        elif compress is not None:
            import zstandard

            await connection.ws.send_bytes(
                compress.compress(data) + compress.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
            )
        else:
            await connection.ws.send_str(data.decode())

    async def _dispatch(self, event: str, data: dict[str, Any], shard_id: int = 0) -> None:
        """Send an event to the shard's connection; dropped if no process serves it."""
        connection = self._connections.get(shard_id)
        if connection is None or connection.ws.closed:
            return
        connection.sequence += 1
        await self._send({"op": 0, "t": event, "s": connection.sequence, "d": data}, connection)

    async def wait_connected(self, timeout: float = 10, shard_id: int = 0) -> None:
        await asyncio.wait_for(self._ready_event(shard_id).wait(), timeout)

    async def close_gateway(self, code: int, shard_id: int = 0) -> None:
        """Close the shard's gateway connection with ``code``, as Discord does on trouble."""
        self._ready_event(shard_id).clear()
        await self._connections[shard_id].ws.close(code=code, message=b"closed by the test")

    async def send_reconnect(self, shard_id: int = 0) -> None:
        """Op 7 RECONNECT: Discord asks the client to reconnect and resume."""
        self._ready_event(shard_id).clear()
        await self._send({"op": 7, "d": None}, self._connections[shard_id])

    def drop_gateway(self, shard_id: int = 0) -> None:
        """Cut the connection without a close frame: the client sees code 1006."""
        self._ready_event(shard_id).clear()
        self._connections[shard_id].request.transport.abort()

    def _guild(self, guild_id: int = GUILD_ID) -> dict[str, Any]:
        return {
            "id": str(guild_id),
            "name": "Test Server",
            "owner_id": "1",
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [{**self.guild_roles[0], "id": str(guild_id)}, *self.guild_roles[1:]],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "joined_at": TIMESTAMP,
            "large": False,
            "unavailable": False,
            "member_count": 3,
            "voice_states": [],
            "presences": [],
            "threads": [self._thread(guild_id)],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "members": [
                {
                    "user": user(BOT_ID, "qabot", bot=True),
                    "roles": [str(BOT_ROLE_ID)],
                    "joined_at": TIMESTAMP,
                    "deaf": False,
                    "mute": False,
                    "flags": 0,
                }
            ],
            "channels": [
                {
                    "id": str(guild_id + 1),
                    "type": 0,
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                    "topic": None,
                    "last_message_id": None,
                    "rate_limit_per_user": 0,
                }
            ],
        }

    # What the tests do: slash commands, button clicks, messages.

    async def slash(
        self,
        name: str,
        member: Member,
        in_guild: bool = True,
        wait: bool = True,
        guild_id: int = GUILD_ID,
        in_thread: bool = False,
        **options: Any,
    ) -> Interaction:
        """Run /name with ``options`` as ``member`` (strings, numbers, booleans or an
        Upload), in the guild's channel (or its thread, ``in_thread``) or the member's
        DM; returns once the bot has answered (at once, without ``wait``)."""
        data: dict[str, Any] = {
            "id": self._command_id(name),
            "name": name,
            "type": 1,
            "options": [],
        }
        for key, value in options.items():
            if isinstance(value, Upload):
                upload_id = self.next_id()
                self.uploads[upload_id] = value
                resolved = data.setdefault("resolved", {}).setdefault("attachments", {})
                resolved[str(upload_id)] = {
                    "id": str(upload_id),
                    "filename": value.filename,
                    "size": len(value.data),
                    "url": f"{self.base}/attachments/{upload_id}/{value.filename}",
                    "proxy_url": f"{self.base}/attachments/{upload_id}/{value.filename}",
                    "content_type": value.content_type,
                }
                data["options"].append({"name": key, "type": 11, "value": str(upload_id)})
            else:
                kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 3
                data["options"].append({"name": key, "type": kind, "value": value})
        return await self._interact(
            2, data, member, in_guild, wait=wait, guild_id=guild_id, in_thread=in_thread
        )

    def _command_id(self, name: str) -> str:
        """The id of the synced command ``name``; a new one if it was never synced (the
        bot answers by name, as discord.py looks commands up)."""
        command = next((c for cs in self.commands.values() for c in cs if c["name"] == name), None)
        return command["id"] if command else str(self.next_id())

    async def autocomplete(
        self,
        name: str,
        member: Member,
        in_guild: bool = True,
        in_thread: bool = False,
        **options: str,
    ) -> list[dict[str, Any]]:
        """Type ``options`` into /name as ``member`` (the last one focused), in the server
        (its thread, ``in_thread``) or in the member's DM with the bot; the choices."""
        command = next(c for cs in self.commands.values() for c in cs if c["name"] == name)
        focused = list(options)[-1]
        data = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": [
                {"name": k, "type": 3, "value": v, **({"focused": True} if k == focused else {})}
                for k, v in options.items()
            ],
        }
        record = await self._interact(4, data, member, in_guild, in_thread=in_thread)
        return record.callbacks[-1]["data"]["choices"]

    async def click(self, message: dict[str, Any], custom_id: str, member: Member) -> Interaction:
        """Press the button ``custom_id`` on ``message`` as ``member``."""
        data = {"custom_id": custom_id, "component_type": 2}
        guild = int(message.get("guild_id") or GUILD_ID)
        in_guild = "guild_id" in message
        return await self._interact(3, data, member, in_guild, message=message, guild_id=guild)

    async def submit(self, opened: Interaction, member: Member, *values: str) -> Interaction:
        """Fill in the form the bot opened in answer to ``opened`` with ``values`` (its
        text inputs in order) and submit it as ``member``, as Discord sends it."""
        assert opened.modal is not None, "the bot opened no form"
        inputs = [
            component
            for row in opened.modal["components"]
            for component in row.get("components", [row.get("component", {})])
            if component.get("type") == 4
        ]
        data = {
            "custom_id": opened.modal["custom_id"],
            "components": [
                {"type": 1, "components": [{"type": 4, "custom_id": c["custom_id"], "value": v}]}
                for c, v in zip(inputs, values, strict=True)
            ],
        }
        payload = opened.payload
        in_guild = "guild_id" in payload
        guild = int(payload.get("guild_id") or GUILD_ID)
        message = payload.get("message")
        return await self._interact(5, data, member, in_guild, message=message, guild_id=guild)

    async def _interact(
        self,
        kind: int,
        data: dict[str, Any],
        member: Member,
        in_guild: bool,
        message: dict[str, Any] | None = None,
        wait: bool = True,
        guild_id: int = GUILD_ID,
        in_thread: bool = False,
    ) -> Interaction:
        interaction_id = self.next_id()
        token = f"interaction-token-{interaction_id}"
        channel = self._channel(member, in_guild, guild_id, in_thread)
        if message is not None:  # a button's or a form's: where its message is
            channel = int(message["channel_id"])
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "token": token,
            "version": 1,
            "data": data,
            "channel_id": str(channel),
            "locale": "en-US",
            "app_permissions": str(self.bot_permissions() if in_guild else VIEW_AND_SEND),
            "attachment_size_limit": self.attachment_size_limit,
            "entitlements": [],
            # Who installed what the member uses: the server, where the bot is in it;
            # else the member, who added the bot to their own account (a user install).
            "authorizing_integration_owners": (
                ({"0": str(guild_id)} if guild_id in self.guild_ids else {"1": str(member.id)})
                if in_guild
                else {}
            ),
            "context": 0 if in_guild else 1,
        }
        if in_guild:
            payload.update(
                guild_id=str(guild_id),
                guild_locale="en-US",
                member=member.payload(),
                channel=self._channel_payload(channel, guild_id),
            )
        else:
            payload.update(
                user=user(member.id, member.name),
                channel={
                    "id": str(channel),
                    "type": 1,
                    "recipients": [user(member.id, member.name)],
                },
            )
        if message is not None:
            payload["message"] = message
        record = Interaction(interaction_id, token, payload, asyncio.get_running_loop().time())
        self.interactions[interaction_id] = record
        shard = self.shard_of(guild_id if in_guild else None)
        await self._dispatch("INTERACTION_CREATE", payload, shard)
        if wait:
            await asyncio.wait_for(record.answered.wait(), 10)
        return record

    async def say(
        self,
        member: Member,
        content: str,
        in_guild: bool = True,
        mentions_bot: bool = True,
        replying_to: dict[str, Any] | None = None,
        author: dict[str, Any] | None = None,
        send_replied: bool = True,
        guild_id: int = GUILD_ID,
        timeout: float = 10,
        wait: bool = True,
        leave_out: tuple[str, ...] = (),
        forwarding: dict[str, Any] | None = None,
        in_thread: bool = False,
    ) -> dict[str, Any] | None:
        """Post ``content`` as ``member`` (or as ``author``, e.g. another bot) in the
        guild's channel (its thread, ``in_thread``) or the member's DM, as a reply to
        ``replying_to`` if given, where that is (with the replied-to message in the
        payload, as Discord sends it, unless ``send_replied`` is false); returns the
        bot's reply to it. Without the message-content intent, Discord hides the text of
        a message from the bot unless it mentions the bot (``mentions_bot``; a reply with
        the mention on does) or is a DM.
        Without ``wait``, returns None at once. The fields ``leave_out`` are left out of
        the payload, as a Discord-like server may. With ``forwarding`` (a message, as
        member_message makes it), the message forwards that one: no text of its own, a
        snapshot of the other's, and a reference of the forward type.
        """
        if replying_to is not None:
            in_thread = int(replying_to["channel_id"]) == guild_id + THREAD
        payload = self.member_message(
            member, content, in_guild, mentions_bot, author, guild_id, in_thread
        )
        message_id = int(payload["id"])
        role_shows = self.role_mention_shows_text and str(BOT_ROLE_ID) in payload["mention_roles"]
        if not (mentions_bot or not in_guild or role_shows or self.message_content_intent):
            payload["content"] = ""
        if replying_to is not None:
            payload["type"] = 19  # a reply
            payload["message_reference"] = {
                "message_id": replying_to["id"],
                "channel_id": replying_to["channel_id"],
                **({"guild_id": str(guild_id)} if in_guild else {}),
            }
            if send_replied:
                payload["referenced_message"] = self._as_seen(replying_to)
        if forwarding is not None:
            as_forward(payload, forwarding)
        for name in leave_out:
            payload.pop(name, None)
        self.said.append(payload)
        await self._dispatch(
            "MESSAGE_CREATE", payload, self.shard_of(guild_id if in_guild else None)
        )
        if not wait:
            return None
        return await self.wait_for_message(
            lambda m: str((m.get("message_reference") or {}).get("message_id")) == str(message_id),
            timeout,
        )

    async def edit_said(
        self, said: dict[str, Any], content: str, edited_timestamp: str = TIMESTAMP
    ) -> None:
        """A member edits a message they said (``said``, from ``self.said``) to ``content``
        (at ``edited_timestamp``; it was written at TIMESTAMP): Discord sends the whole
        message again, its text only if it mentions the bot or is a DM, as for a new one."""
        mentions_bot = f"<@{BOT_ID}>" in content
        in_guild = "guild_id" in said
        said.update(
            content=content if mentions_bot or not in_guild else "",
            edited_timestamp=edited_timestamp,
            mentions=[user(BOT_ID, "qabot", bot=True)] if mentions_bot else [],
        )
        guild = int(said["guild_id"]) if in_guild else None
        await self._dispatch("MESSAGE_UPDATE", said, self.shard_of(guild))

    async def delete_said_in_bulk(self, said: list[dict[str, Any]]) -> None:
        """A moderator deletes several messages at once (all in one channel)."""
        data = {"ids": [m["id"] for m in said], "channel_id": said[0]["channel_id"]}
        if "guild_id" in said[0]:
            data["guild_id"] = said[0]["guild_id"]
        guild = int(said[0]["guild_id"]) if "guild_id" in said[0] else None
        await self._dispatch("MESSAGE_DELETE_BULK", data, self.shard_of(guild))

    async def delete_said(self, said: dict[str, Any]) -> None:
        """A member deletes a message they said."""
        data = {"id": said["id"], "channel_id": said["channel_id"]}
        if "guild_id" in said:
            data["guild_id"] = said["guild_id"]
        guild = int(said["guild_id"]) if "guild_id" in said else None
        await self._dispatch("MESSAGE_DELETE", data, self.shard_of(guild))

    def _as_seen(self, message: dict[str, Any]) -> dict[str, Any]:
        """A message as the bot is shown it, inside another: its text only where it is
        the bot's own, mentions the bot, is in a DM, or the bot has the intent."""
        shown = (
            message["author"]["id"] == str(BOT_ID)
            or any(m["id"] == str(BOT_ID) for m in message.get("mentions", ()))
            or "guild_id" not in message
            or self.message_content_intent
        )
        return message if shown else {**message, "content": ""}

    def member_message(
        self,
        member: Member,
        content: str,
        in_guild: bool = True,
        mentions_bot: bool = False,
        author: dict[str, Any] | None = None,
        guild_id: int = GUILD_ID,
        in_thread: bool = False,
    ) -> dict[str, Any]:
        """A message ``member`` (or ``author``) wrote, as Discord holds it: its text whole,
        whoever may read it; in the guild's thread, ``in_thread``."""
        channel = self._channel(member, in_guild, guild_id, in_thread)
        payload: dict[str, Any] = {
            "id": str(self.next_id()),
            "channel_id": str(channel),
            "type": 0,
            "author": author or user(member.id, member.name),
            "content": content,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [user(BOT_ID, "qabot", bot=True)] if mentions_bot else [],
            # Whoever reads it, Discord names the roles its text mentions.
            "mention_roles": re.findall(r"<@&(\d+)>", content) if in_guild else [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "components": [],
            "flags": 0,
        }
        if in_guild:
            member_data = member.payload()
            del member_data["user"]
            payload.update(guild_id=str(guild_id), member=member_data)
        return payload

    async def message_command(
        self, name: str, member: Member, target: dict[str, Any], wait: bool = True
    ) -> Interaction:
        """Pick the message menu's entry ``name`` on ``target`` as ``member``: Discord sends
        the message whole, text included, whatever the bot's intents."""
        in_guild = "guild_id" in target
        guild_id = int(target.get("guild_id") or GUILD_ID)
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": 3,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
            **({"guild_id": str(guild_id)} if in_guild else {}),
        }
        in_thread = int(target["channel_id"]) == guild_id + THREAD
        return await self._interact(
            2, data, member, in_guild, wait=wait, guild_id=guild_id, in_thread=in_thread
        )

    def _dm_channel(self, member: Member) -> int:
        return member.id + 7  # one stable DM channel per member

    def _channel(self, member: Member, in_guild: bool, guild_id: int, in_thread: bool) -> int:
        """Where ``member`` writes: the guild's channel or its thread, or their DM."""
        if not in_guild:
            return self._dm_channel(member)
        return guild_id + (THREAD if in_thread else 1)

    def _thread(self, guild_id: int) -> dict[str, Any]:
        """The guild's thread, in its channel, as Discord describes one."""
        return {
            "id": str(guild_id + THREAD),
            "type": 11,  # a public thread
            "guild_id": str(guild_id),
            "parent_id": str(guild_id + 1),
            "owner_id": "1",
            "name": "questions",
            "message_count": 0,
            "member_count": 1,
            "rate_limit_per_user": 0,
            "last_message_id": None,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": TIMESTAMP,
                "locked": False,
            },
        }

    def _channel_payload(self, channel: int, guild_id: int) -> dict[str, Any]:
        """A guild's channel or thread as an interaction names it."""
        if channel == guild_id + THREAD:
            return self._thread(guild_id)
        return {
            "id": str(channel),
            "type": 0,
            "name": "general",
            "guild_id": str(guild_id),
            "permission_overwrites": [],
            "position": 0,
        }

    async def wait_for_message(self, matches: Any, timeout: float = 10) -> dict[str, Any]:
        async with self._posted:
            await asyncio.wait_for(
                self._posted.wait_for(lambda: any(matches(m) for m in self.messages.values())),
                timeout,
            )
        return next(m for m in self.messages.values() if matches(m))

    # REST.

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body: Any = None
        if request.can_read_body and request.content_type == "multipart/form-data":
            # Files: a payload_json part and files[N] parts; the files are kept in the body
            # as "files": [{"filename", "data"}] for the tests to read.
            form = await request.post()
            body = json.loads(str(form["payload_json"]))
            files = [v for k, v in form.items() if k.startswith("files[")]
            target = body["data"] if "type" in body and "data" in body else body
            target["files"] = [{"filename": f.filename, "data": f.file.read()} for f in files]
        elif request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw and request.content_type == "application/json" else raw
        record = Recorded(request.method, path, dict(request.query), body)
        self.requests.append(record)
        for fault in self.faults:
            if (
                fault.count > 0
                and fault.method == request.method
                and re.fullmatch(fault.path, path)
            ):
                fault.count -= 1
                record.status = fault.status
                return _json(fault.body, fault.status, fault.headers)
        status, answer = await self._route(request.method, path, body)
        record.status = status
        if answer is None:
            return web.Response(status=204)
        return _json(answer, status)

    async def _route(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        if (method, path) == ("GET", "/users/@me"):
            return 200, {
                **user(BOT_ID, "qabot", bot=True),
                "verified": True,
                "mfa_enabled": False,
                "flags": 0,
            }
        if (method, path) == ("GET", "/oauth2/applications/@me"):
            return 200, {
                "id": str(APP_ID),
                "name": "qabot",
                "icon": None,
                "description": "",
                "rpc_origins": [],
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user(1, "owner"),
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
                "summary": "",
            }
        if (method, path) == ("GET", "/gateway/bot"):
            return 200, {
                "url": self.gateway_url,
                "shards": self.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        if (method, path) == ("GET", "/gateway"):
            return 200, {"url": self.gateway_url}
        match = re.fullmatch(rf"/applications/{APP_ID}(?:/guilds/(\d+))?/commands", path)
        if match and method == "PUT":
            self.command_puts += 1
            guild = int(match[1]) if match[1] else None
            self.commands[guild] = [
                {
                    "description": "",  # Discord's for menu commands, which send none
                    **c,
                    "id": str(self.next_id()),
                    "application_id": str(APP_ID),
                    "version": "1",
                    **({"guild_id": str(guild)} if guild else {}),
                }
                for c in body
            ]
            return 200, self.commands[guild]
        match = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)
        if match and method == "POST":
            return await self._callback(int(match[1]), body)
        match = re.fullmatch(rf"/webhooks/{APP_ID}/([^/]+)", path)
        if match and method == "POST":
            interaction = self._by_token(match[1])
            message = await self._post(interaction.payload["channel_id"], body, interaction)
            return 200, message
        match = re.fullmatch(rf"/webhooks/{APP_ID}/([^/]+)/messages/@original", path)
        if match and method == "PATCH":
            interaction = self._by_token(match[1])
            original = interaction.payload.get("message")
            if original is not None and interaction.callbacks[0]["type"] == 6:
                # A press deferred as an update: its message is the one the button is on.
                return 200, await self._update(interaction, original, body)
            message = await self._post(interaction.payload["channel_id"], body, interaction)
            return 200, message
        match = re.fullmatch(r"/channels/(\d+)/messages", path)
        if match and method == "POST":
            if self.guild_of(match[1]) is not None:  # a guild's channel: its permissions apply
                refused = self._refused(body, int(match[1]))
                if refused is not None:
                    return refused
            message = await self._post(match[1], body, None)
            return 200, message if self.echo_embeds else {**message, "embeds": []}
        match = re.fullmatch(r"/channels/(\d+)/typing", path)
        if match and method == "POST":
            self.typing.append(int(match[1]))
            return 204, None
        match = re.fullmatch(r"/channels/(\d+)/messages/(\d+)", path)
        if match and method == "PATCH":
            in_guild = self.guild_of(match[1]) is not None
            if in_guild and body.get("embeds") and not self.bot_permissions() & EMBED_LINKS:
                # As for a new message: refused, or the embeds dropped.
                if self.embeds_without_permission == "refuse":
                    return 403, {"message": "Missing Permissions", "code": 50013}
                body["embeds"] = []
                message = self.messages[int(match[2])]
                kept = {**message, **{k: v for k, v in body.items() if k in message}}
                if not (kept.get("content") or kept.get("components")):
                    return 400, {"message": "Cannot send an empty message", "code": 50006}
            async with self._posted:
                message = self.messages[int(match[2])]
                kept = ("content", "embeds", "components")
                message.update({k: v for k, v in body.items() if k in kept})
                message["edited_timestamp"] = TIMESTAMP
                self._posted.notify_all()
            return 200, message
        if match and method == "DELETE":
            async with self._posted:
                self.messages.pop(int(match[2]), None)
                self.deleted.append(int(match[2]))
                self._posted.notify_all()
            return 204, None
        match = re.fullmatch(rf"/webhooks/{APP_ID}/([^/]+)/messages/@original", path)
        if match and method == "DELETE":
            interaction = self._by_token(match[1])
            original = next((m for m in interaction.messages), None)
            if original is not None:
                self.messages.pop(int(original["id"]), None)
                self.deleted.append(int(original["id"]))
            return 204, None
        return 404, {"message": "404: Not Found", "code": 0}

    def bot_permissions(self) -> int:
        """What the bot may do in the guild's channels: its own role's and @everyone's."""
        roles = {int(r["id"]): int(r["permissions"]) for r in self.guild_roles}
        return roles[GUILD_ID] | roles[BOT_ROLE_ID]

    async def set_bot_permissions(self, permissions: int) -> None:
        """Change the bot's role as a server admin would (both roles, as @everyone's
        would otherwise still grant them), and tell the bot."""
        for role in self.guild_roles:
            if int(role["id"]) in (GUILD_ID, BOT_ROLE_ID):
                role["permissions"] = str(permissions)
                await self._dispatch("GUILD_ROLE_UPDATE", {"guild_id": str(GUILD_ID), "role": role})

    def _refused(self, body: dict[str, Any], channel_id: int) -> tuple[int, Any] | None:
        """Discord's answer to a message the bot may not post as it is in ``channel_id``
        (a thread asks Send Messages in Threads instead of Send Messages); embeds it may
        not send are dropped (members see the rest, if anything) or the message refused,
        as ``embeds_without_permission`` says."""
        granted = self.bot_permissions()
        in_thread = channel_id - (self.guild_of(channel_id) or 0) == THREAD
        if not granted & (SEND_MESSAGES_IN_THREADS if in_thread else SEND_MESSAGES):
            return 403, {"message": "Missing Permissions", "code": 50013}
        if body.get("message_reference") and not granted & READ_MESSAGE_HISTORY:
            message = "Cannot reply without permission to read message history"
            return 403, {"message": message, "code": 160002}
        if not granted & EMBED_LINKS and body.get("embeds"):
            if self.embeds_without_permission == "refuse":
                return 403, {"message": "Missing Permissions", "code": 50013}
            body.pop("embeds")
        if not (body.get("content") or body.get("embeds") or body.get("components")):
            return 400, {"message": "Cannot send an empty message", "code": 50006}
        return None

    def _by_token(self, token: str) -> Interaction:
        return next(i for i in self.interactions.values() if i.token == token)

    async def _callback(self, interaction_id: int, body: dict[str, Any]) -> tuple[int, Any]:
        interaction = self.interactions[interaction_id]
        late = asyncio.get_running_loop().time() - interaction.created > self.ack_deadline
        if late or interaction.callbacks:
            error = (
                {"message": "Unknown interaction", "code": 10062}
                if late
                else {"message": "Interaction has already been acknowledged.", "code": 40060}
            )
            interaction.refused.append((error["code"], body))
            return (404 if late else 400), error
        interaction.callbacks.append(body)
        kind, data = body["type"], body.get("data") or {}
        resource: dict[str, Any] = {"type": kind}
        if kind == 4:  # a message
            message = await self._post(interaction.payload["channel_id"], data, interaction)
            resource["message"] = message
        elif kind == 8:  # autocomplete choices
            interaction.answered.set()
        elif kind == 9:  # a form (modal) opened for the member to fill in
            interaction.modal = data
            interaction.answered.set()
        elif kind == 7:  # update the message the button is on
            resource["message"] = await self._update(
                interaction, interaction.payload["message"], data
            )
        reply = {
            "interaction": {
                "id": str(interaction_id),
                "type": interaction.payload["type"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & 64),
                **(
                    {"response_message_id": resource["message"]["id"]}
                    if "message" in resource
                    else {}
                ),
            },
            "resource": resource,
        }
        return 200, reply

    async def _update(
        self, interaction: Interaction, original: dict[str, Any], data: dict[str, Any]
    ) -> dict[str, Any]:
        """The message a button is on, changed as a press's answer says."""
        async with self._posted:
            updated = {**self.messages.get(int(original["id"]), original), **data}
            self.messages[int(original["id"])] = updated
            self._posted.notify_all()
        interaction.messages.append(updated)
        interaction.answered.set()
        return updated

    async def _post(
        self, channel_id: str, data: dict[str, Any], interaction: Interaction | None
    ) -> dict[str, Any]:
        message_id = self.next_id()
        message = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "type": 0,
            "author": user(BOT_ID, "qabot", bot=True),
            "content": data.get("content", ""),
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": data.get("embeds", []),
            "components": data.get("components", []),
            "pinned": False,
            "flags": data.get("flags", 0),
            "allowed_mentions": data.get("allowed_mentions"),  # kept for the tests to check
        }
        if data.get("message_reference"):
            message["message_reference"] = data["message_reference"]
        if data.get("files"):
            self.files[message_id] = data.pop("files")
        if (guild := self.guild_of(channel_id)) is not None:
            message["guild_id"] = str(guild)
        async with self._posted:
            self.messages[message_id] = message
            self._posted.notify_all()
        if interaction is not None:
            interaction.messages.append(message)
            interaction.answered.set()
        return message


async def serve_locally(app: web.Application) -> tuple[web.AppRunner, int]:
    """Serve ``app`` on 127.0.0.1 at a free port; the runner (to clean up) and the port."""
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]


def _json(data: Any, status: int, headers: dict[str, str] | None = None) -> web.Response:
    """discord.py reads a body as JSON only when Content-Type is exactly application/json."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={**(headers or {}), "Content-Type": "application/json"},
    )


def as_forward(payload: dict[str, Any], forwarded: dict[str, Any]) -> dict[str, Any]:
    """Make the message ``payload`` one that forwards ``forwarded``, as Discord sends a
    forward: no text of its own, a snapshot of the other's, a reference of type 1."""
    payload["content"] = ""
    payload["message_reference"] = {
        "type": 1,
        "message_id": forwarded["id"],
        "channel_id": forwarded["channel_id"],
    }
    snapshot = {
        key: forwarded.get(key) or default
        for key, default in (
            ("type", 0),
            ("content", ""),
            ("embeds", []),
            ("attachments", []),
            ("timestamp", TIMESTAMP),
            ("flags", 0),
        )
    }
    payload["message_snapshots"] = [
        {"message": {**snapshot, "edited_timestamp": None, "mentions": []}}
    ]
    return payload
