package org.gonghui.competition.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.competition.SignUp;
import org.gonghui.competition.internal.ContestForms.TeammateForm;
import org.gonghui.competition.internal.EntryRepository.StoredEntry;
import org.gonghui.competition.internal.InvitationRepository.Addressed;
import org.gonghui.shared.security.CurrentUser;

/**
 * A worker's side of team entries: their own entries, the captain inviting and
 * withdrawing teammates, the invitee confirming or declining.
 */
@RestController
@PreAuthorize("hasRole('WORKER')")
class TeamInvitationApiController {

	private final TeamInvitations invitations;

	private final ContestQueries queries;

	TeamInvitationApiController(TeamInvitations invitations, ContestQueries queries) {
		this.invitations = invitations;
		this.queries = queries;
	}

	@GetMapping("/api/v1/competitions/entries/mine")
	List<MyEntry> mine() {
		long account = CurrentUser.require().accountId();
		List<StoredEntry> entries = this.queries.entriesOf(account);
		Map<Long, String> names = this.queries.contestNames(entries.stream().map(StoredEntry::contestId).toList());
		Long viewer = this.queries.linkedMemberOf(account);
		return entries.stream().map((e) -> MyEntry.of(e, names.get(e.contestId()), viewer)).toList();
	}

	@DeleteMapping("/api/v1/competitions/entries/{entryId}/members/{position}")
	ResponseEntity<Void> remove(@PathVariable long entryId, @PathVariable int position) {
		this.invitations.removeMember(CurrentUser.require(), entryId, position);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/competitions/entries/{entryId}/leave")
	ResponseEntity<Void> leave(@PathVariable long entryId) {
		this.invitations.leave(CurrentUser.require(), entryId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/competitions/entries/{entryId}/invitations")
	ResponseEntity<Map<String, Long>> invite(@PathVariable long entryId, @Valid @RequestBody TeammateForm form) {
		long id = this.invitations.invite(CurrentUser.require(), entryId, new SignUp.Teammate(
				form.name() == null ? "" : form.name(), form.idNumber() == null ? "" : form.idNumber()));
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	@DeleteMapping("/api/v1/competitions/invitations/{id}")
	ResponseEntity<Void> withdraw(@PathVariable long id) {
		this.invitations.withdraw(CurrentUser.require(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/competitions/invitations")
	List<Addressed> addressedToMe() {
		return this.invitations.addressedTo(CurrentUser.require());
	}

	/** Sends a one-time code to the invitee's roster phone (shown masked). */
	@PostMapping("/api/v1/competitions/invitations/{id}/code")
	InvitationCodes.CodeSent code(@PathVariable long id) {
		return this.invitations.sendCode(CurrentUser.require(), id);
	}

	@PostMapping("/api/v1/competitions/invitations/{id}/confirm")
	ResponseEntity<Void> confirm(@PathVariable long id, @Valid @RequestBody ConfirmForm form) {
		this.invitations.confirm(CurrentUser.require(), id, form.code());
		return ResponseEntity.noContent().build();
	}

	/** The code sent to the invitee's phone. */
	record ConfirmForm(@Nullable @Size(max = 10) String code) {
	}

	@PostMapping("/api/v1/competitions/invitations/{id}/decline")
	ResponseEntity<Void> decline(@PathVariable long id) {
		this.invitations.decline(CurrentUser.require(), id);
		return ResponseEntity.noContent().build();
	}

}
