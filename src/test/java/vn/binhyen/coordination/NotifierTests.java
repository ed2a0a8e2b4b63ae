package vn.binhyen.coordination;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.binhyen.coordination.ContactPreferences.Channel;
import vn.binhyen.coordination.ContactPreferences.Contact;
import vn.binhyen.coordination.Notifications.SkipReason;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;

/** Which outbox rows a notification becomes, by each user's chosen channels and the server's gateways. */
class NotifierTests {

	static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
	static final CaseRef CASE = CaseRef.incident(7);

	Notifications notifications = mock(Notifications.class);
	IdentityManagement identity = mock(IdentityManagement.class);
	ContactPreferences preferences = mock(ContactPreferences.class);

	static UserAccount user(long id, String agency, String email) {
		return new UserAccount(id, "u" + id, "User " + id, 1, agency, agency, Set.of(Role.OFFICER), List.of(), List.of(), email, true, true);
	}

	static CoordinationSettings settings(boolean sms, boolean zalo) {
		return new CoordinationSettings(null, 0, null, null, null, "https://by.vn",
				new CoordinationSettings.Sms(sms ? "http://gateway" : null, null, null, null, null, null, null, null, false, 0),
				new CoordinationSettings.Zalo(null, zalo ? "token" : null));
	}

	void notify(CoordinationSettings settings) {
		new Notifier(notifications, identity, preferences, settings).notify("LDTBXH", CASE, 3L, "[Bình Yên] S", "B",
				Instant.parse("2026-12-03T01:00:00Z"), NOW, false);
	}

	@Test
	void aChannelThisServerCannotSendOnIsSkippedWithTheReason() {
		when(identity.users()).thenReturn(List.of(user(1, "LDTBXH", "a@x.vn")));
		when(preferences.all()).thenReturn(Map.of(1L, new Contact("0912345678", "12345678", Set.of(Channel.SMS, Channel.ZALO))));
		notify(settings(false, false));
		verify(notifications).add(eq(CASE), eq(3L), eq("LDTBXH"), eq("SMS"), eq("0912345678"), anyString(), anyString(), eq(NOW),
				eq(SkipReason.CHANNEL_NOT_CONFIGURED));
		verify(notifications).add(eq(CASE), eq(3L), eq("LDTBXH"), eq("ZALO"), eq("12345678"), anyString(), anyString(), eq(NOW),
				eq(SkipReason.CHANNEL_NOT_CONFIGURED));
		verify(notifications, never()).add(any(), any(), anyString(), eq("EMAIL"), any(), anyString(), anyString(), any(),
				org.mockito.ArgumentMatchers.anyBoolean());
	}

	@Test
	void eachUserGetsTheChannelsTheyChoseAndEmailWhenTheyChoseNothing() {
		when(identity.users()).thenReturn(List.of(user(1, "LDTBXH", "a@x.vn"), user(2, "LDTBXH", "b@x.vn"), user(3, "CA", "c@x.vn")));
		when(preferences.all()).thenReturn(Map.of(1L, new Contact("0912345678", null, Set.of(Channel.SMS))));
		notify(settings(true, true));
		verify(notifications).add(eq(CASE), eq(3L), eq("LDTBXH"), eq("IN_APP"), isNull(), anyString(), eq("B"), eq(NOW), eq(false));
		verify(notifications).add(eq(CASE), eq(3L), eq("LDTBXH"), eq("SMS"), eq("0912345678"), anyString(),
				eq("S, hạn 03/12 08:00. https://by.vn/incidents/7"), eq(NOW), isNull(SkipReason.class));
		verify(notifications).add(eq(CASE), eq(3L), eq("LDTBXH"), eq("EMAIL"), eq("b@x.vn"), anyString(), anyString(), eq(NOW), eq(false));
		verify(notifications, never()).add(any(), any(), anyString(), eq("EMAIL"), eq("a@x.vn"), anyString(), anyString(), any(),
				org.mockito.ArgumentMatchers.anyBoolean());
		verify(notifications, never()).add(any(), any(), anyString(), anyString(), eq("c@x.vn"), anyString(), anyString(), any(),
				org.mockito.ArgumentMatchers.anyBoolean());
		verify(notifications, never()).add(any(), any(), anyString(), eq("ZALO"), any(), anyString(), anyString(), any(),
				any(SkipReason.class));
	}

	@Test
	void historicNotificationsAreSkippedAsHistoric() {
		when(identity.users()).thenReturn(List.of(user(1, "LDTBXH", null)));
		when(preferences.all()).thenReturn(Map.of(1L, new Contact("0912345678", null, Set.of(Channel.SMS))));
		new Notifier(notifications, identity, preferences, settings(true, false)).notify("LDTBXH", CASE, 3L, "S", "B", null, NOW, true);
		verify(notifications).add(eq(CASE), eq(3L), eq("LDTBXH"), eq("SMS"), eq("0912345678"), anyString(), anyString(), eq(NOW),
				eq(SkipReason.HISTORIC));
	}
}
