"""The chat operations: adopt a pending chat as the one the bot answers
(privileged "telegram.adopt", "discord.adopt": a code on the web while 2FA
is on, the host on the command line) and dismiss one from the pending
list. Written once, whichever way in asks."""

from __future__ import annotations

from dataclasses import dataclass

from alexclaw.dispatcher._inbox import forget_pending, pending_chat, remove_pending
from alexclaw.security import (
    DISCORD_CHANNEL_ADOPTED,
    DISCORD_CHANNEL_DISMISSED,
    TELEGRAM_CHAT_ADOPTED,
    TELEGRAM_CHAT_DISMISSED,
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    NotAllowed,
    SettingsWriter,
    approved,
    record_audit,
)


@dataclass(frozen=True, slots=True)
class ChatOperations:
    approver: Approver
    settings: SettingsWriter

    async def adopt(self, acting: Acting, chat_id: str) -> Done[None] | ChallengeView | NotAllowed:
        """The chat becomes the operator's, its sender the owner user (only
        they are answered there); the gateway restarts on the change."""

        async def run(approval: Approval) -> str:
            pending = await pending_chat(self.approver.database, chat_id)
            owner = str(pending["user_id"]) if pending else ""
            if not owner:
                return (
                    f"Chat {chat_id} is not on the pending list with a sender: ask the owner to write to the bot again."
                )
            values = {"telegram.owner_user_id": owner, "telegram.chat_id": chat_id}
            await self.settings.set_many(values, actor=acting.actor, approval=approval)
            await forget_pending(self.approver.database, chat_id)
            async with self.approver.database.pool().acquire() as conn:
                detail = {"owner_user": owner}
                await record_audit(conn, acting.actor, TELEGRAM_CHAT_ADOPTED, f"chat:{chat_id}", detail=detail)
            return f"Chat {chat_id} is now the operator's chat, with user {owner} as its owner; the gateway restarts."

        return approved(await self.approver(acting, "telegram.adopt", f"Answer Telegram chat {chat_id}", run))

    async def dismiss(self, acting: Acting, chat_id: str) -> Done[None]:
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            await remove_pending(conn, chat_id)
            await record_audit(conn, acting.actor, TELEGRAM_CHAT_DISMISSED, f"chat:{chat_id}")
        return Done(f"Chat {chat_id} removed from the pending list.", None)

    async def adopt_discord(self, acting: Acting, key: str) -> Done[None] | ChallengeView | NotAllowed:
        """A pending Discord channel (``guild/channel``) becomes the
        operator's: its guild, its channel and its sender as the owner user
        (only they are answered there); the gateway restarts on the change."""

        async def run(approval: Approval) -> str:
            pending = await pending_chat(self.approver.database, key, "discord")
            owner = str(pending["user_id"]) if pending else ""
            guild, _, channel = key.partition("/")
            if not owner or not guild.isdigit() or not channel.isdigit():
                return f"Channel {key} is not on the pending list with a sender: ask the owner to write there again."
            values = {"discord.owner_user_id": owner, "discord.guild_id": guild, "discord.channel_id": channel}
            await self.settings.set_many(values, actor=acting.actor, approval=approval)
            await forget_pending(self.approver.database, key, "discord")
            async with self.approver.database.pool().acquire() as conn:
                detail = {"owner_user": owner, "guild": guild}
                await record_audit(conn, acting.actor, DISCORD_CHANNEL_ADOPTED, f"channel:{channel}", detail=detail)
            return f"Channel {channel} of server {guild} is now the operator's, with user {owner} as its owner."

        description = f"Answer Discord channel {key}"
        return approved(await self.approver(acting, "discord.adopt", description, run))

    async def dismiss_discord(self, acting: Acting, key: str) -> Done[None]:
        async with self.approver.database.pool().acquire() as conn, conn.transaction():
            await remove_pending(conn, key, "discord")
            await record_audit(conn, acting.actor, DISCORD_CHANNEL_DISMISSED, f"channel:{key}")
        return Done(f"Channel {key} removed from the pending list.", None)
