package org.gonghui.competition.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
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
	List<StoredEntry> mine() {
		return this.queries.entriesOf(CurrentUser.require().accountId());
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

	@PostMapping("/api/v1/competitions/invitations/{id}/confirm")
	ResponseEntity<Void> confirm(@PathVariable long id) {
		this.invitations.confirm(CurrentUser.require(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/competitions/invitations/{id}/decline")
	ResponseEntity<Void> decline(@PathVariable long id) {
		this.invitations.decline(CurrentUser.require(), id);
		return ResponseEntity.noContent().build();
	}

}
