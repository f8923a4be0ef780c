package org.gonghui.competition.internal.voting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gonghui.competition.VotingRule;
import org.gonghui.org.OrgDirectory;

/**
 * For bench/votes only: when {@code gonghui.voting.bench.token-file} is set, opens a
 * ballot and issues {@code gonghui.voting.bench.voters} voter tokens (synthetic numbers,
 * as after SMS verification), one per line in that file, the round id in
 * {@code <file>.round}.
 */
@Component
@ConditionalOnProperty("gonghui.voting.bench.token-file")
class BenchBallot {

	private static final Logger log = LoggerFactory.getLogger(BenchBallot.class);

	private final Ballots ballots;

	private final BallotRepository repository;

	private final VoterTokens tokens;

	private final VotingKeys keys;

	private final OrgDirectory orgs;

	private final Path file;

	private final int voters;

	BenchBallot(Ballots ballots, BallotRepository repository, VoterTokens tokens, VotingKeys keys, OrgDirectory orgs,
			@Value("${gonghui.voting.bench.token-file}") String file,
			@Value("${gonghui.voting.bench.voters:200000}") int voters) {
		this.ballots = ballots;
		this.repository = repository;
		this.tokens = tokens;
		this.keys = keys;
		this.orgs = orgs;
		this.file = Path.of(file);
		this.voters = voters;
	}

	@EventListener(ApplicationReadyEvent.class)
	void issue() {
		long roundId = 900_000_000L + (System.currentTimeMillis() / 1000) % 100_000_000L;
		List<BallotSpec.Candidate> candidates = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			candidates.add(new BallotSpec.Candidate(i, String.format("%03d", i), "选手" + i, "压测候选人", null));
		}
		Instant now = Instant.now();
		this.ballots.open(new BallotSpec(0, roundId, "压测竞赛", "压测轮", this.orgs.root().path(), VotingRule.oncePerDay(),
				now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)), candidates));
		Instant expiresAt = now.plus(Duration.ofHours(12));
		Path partial = this.file.resolveSibling(this.file.getFileName() + ".partial");
		try (Writer out = Files.newBufferedWriter(partial)) {
			int chunk = 10_000;
			for (int from = 0; from < this.voters; from += chunk) {
				int n = Math.min(chunk, this.voters - from);
				String[] ids = new String[n];
				String[] hashes = new String[n];
				for (int i = 0; i < n; i++) {
					String mobile = String.format("138%08d", from + i);
					UUID id = UUID.randomUUID();
					ids[i] = id.toString();
					hashes[i] = this.keys.mobileVoter(roundId, mobile);
					out.write(this.tokens.issue(new VoterTokens.VoterToken(id, roundId, hashes[i], expiresAt)));
					out.write('\n');
				}
				this.repository.recordTokens(roundId, ids, hashes, expiresAt, "MOBILE");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Files.writeString(this.file.resolveSibling(this.file.getFileName() + ".round"), Long.toString(roundId));
			Files.move(partial, this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Bench ballot {} open with {} voter tokens in {}", roundId, this.voters, this.file);
	}

}
