package org.gonghui.competition;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoteChainTests {

	static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	// sha256("voter-1"), sha256("voter-2"): stand-ins for HMAC pseudonyms in
	// docs/vote-recount.md §4
	static final String V1 = "6d2c8fcf57e0aa6334044224a48a264f92afab3de1bc2e57ce1b2d8e5dfaf7e5";

	static final String V2 = "b45ea12daec4c5566f8c8a988acf31cd56586bbfcf55b373d69fd127c478e1a7";

	static final Instant T1 = Instant.parse("2025-05-20T02:00:00Z");

	/** The worked example of docs/vote-recount.md §4. */
	static List<VoteRecord> documentedExample() {
		var chain = VoteChain.start(42);
		return List.of(chain.append(7, V1, T1), chain.append(9, V2, T1.plusMillis(250)),
				chain.append(7, V2, Instant.parse("2025-05-21T02:00:00Z")));
	}

	@Test
	void chainsMatchTheDocumentedExampleComputedWithPython() {
		var log = documentedExample();
		assertThat(log.get(0).previousHash()).isEqualTo("0".repeat(64));
		assertThat(log).extracting(VoteRecord::hash)
			.containsExactly("c5b4b146b4ab6df634608c9e2f4007e948b5a7ee7df99a8b8bab4e55843f6dd2",
					"04636d78e51f72d31cdf66ef4f90e064eeff96b12723c8f2e4c7460e028ebe52",
					"3171d3aace0fd8b58f3433ff8dbac8ffe3f7c4b5d02fb94710f69e340d7126f2");
	}

	@Test
	void independentRecountOfTheCsvExportAgreesWithRecount_entrant7Has2Entrant9Has1() {
		var chain = VoteChain.start(42);
		var log = new ArrayList<VoteRecord>();
		log.add(chain.append(7, V1, T1));
		log.add(chain.append(9, V2, T1.plusMillis(250)));
		log.add(chain.append(7, V2, T1.plusSeconds(86_400)));
		var csv = new StringWriter();
		VoteLogCsv.write(log, csv);

		Map<Long, Long> independent = IndependentRecount.tally(csv.toString(), 42);
		var recount = Recount.of(42, VoteLogCsv.read(new StringReader(csv.toString())), chain.checkpoint());

		assertThat(independent).containsExactlyInAnyOrderEntriesOf(Map.of(7L, 2L, 9L, 1L));
		assertThat(recount.intact()).isTrue();
		assertThat(recount.votesByEntrant()).isEqualTo(independent);
		assertThat(recount.votes()).isEqualTo(3);
		assertThat(recount.head()).isEqualTo(chain.head());
	}

	@Test
	void detectsAnEditedEntrant_record2From9To7() {
		var log = new ArrayList<>(documentedExample());
		var r = log.get(1);
		log.set(1, new VoteRecord(r.sequence(), r.roundId(), 7, r.voterHash(), r.castAt(), r.previousHash(), r.hash()));
		var recount = Recount.of(42, log, null);
		assertThat(recount.intact()).isFalse();
		assertThat(recount.problem()).isEqualTo("recount.hash-mismatch");
		assertThat(recount.problemAtSequence()).isEqualTo(2);
		assertThat(recount.votesByEntrant()).isEqualTo(Map.of(7L, 1L));
	}

	@Test
	void detectsAnEditWithRecomputedHashAtTheNextLink() {
		var log = new ArrayList<>(documentedExample());
		var r = log.get(1);
		String forged = org.gonghui.competition.internal.VoteHashing.hash(2, 42, 7, r.voterHash(),
				r.castAt().toEpochMilli(), r.previousHash());
		log.set(1, new VoteRecord(2, 42, 7, r.voterHash(), r.castAt(), r.previousHash(), forged));
		var recount = Recount.of(42, log, null);
		assertThat(recount.problem()).isEqualTo("recount.broken-link");
		assertThat(recount.problemAtSequence()).isEqualTo(3);
	}

	@Test
	void detectsADeletedRecord_record2Removed() {
		var log = new ArrayList<>(documentedExample());
		log.remove(1);
		assertThat(Recount.of(42, log, null).problem()).isEqualTo("recount.sequence-gap");
	}

	@Test
	void detectsReorderedRecords_2And3Swapped() {
		var log = new ArrayList<>(documentedExample());
		log.add(1, log.remove(2));
		var recount = Recount.of(42, log, null);
		assertThat(recount.problem()).isEqualTo("recount.sequence-gap");
		assertThat(recount.problemAtSequence()).isEqualTo(2);
	}

	@Test
	void detectsRecordsCutOffTheEndOnlyAgainstThePublishedCheckpoint() {
		var chain = VoteChain.start(42);
		var log = new ArrayList<VoteRecord>();
		log.add(chain.append(7, V1, T1));
		log.add(chain.append(9, V2, T1.plusSeconds(1)));
		var published = chain.checkpoint();
		log.remove(1);
		assertThat(Recount.of(42, log, null).intact()).isTrue();
		var recount = Recount.of(42, log, published);
		assertThat(recount.intact()).isFalse();
		assertThat(recount.problem()).isEqualTo("recount.checkpoint-mismatch");
	}

	@Test
	void detectsARecordFromAnotherRound() {
		assertThat(Recount.of(43, documentedExample(), null).problem()).isEqualTo("recount.wrong-round");
	}

	@Test
	void emptyLogIsIntactWithGenesisHead() {
		var recount = Recount.of(42, List.of(), VoteChain.start(42).checkpoint());
		assertThat(recount.intact()).isTrue();
		assertThat(recount.votes()).isZero();
		assertThat(recount.head()).isEqualTo("0".repeat(64));
	}

	@Test
	void resumesAfterTheLastStoredRecord() {
		var log = documentedExample();
		var resumed = VoteChain.after(log.get(2));
		var fourth = resumed.append(9, V1, T1.plusSeconds(200_000));
		assertThat(fourth.sequence()).isEqualTo(4);
		assertThat(fourth.previousHash()).isEqualTo(log.get(2).hash());
		var all = new ArrayList<>(log);
		all.add(fourth);
		assertThat(Recount.of(42, all, resumed.checkpoint()).intact()).isTrue();
	}

	@Test
	void truncatesCastAtToMilliseconds_soTheExportRoundTrips() {
		var record = VoteChain.start(1).append(1, V1, Instant.parse("2025-05-20T02:00:00.123456789Z"));
		assertThat(record.castAt()).isEqualTo(Instant.parse("2025-05-20T02:00:00.123Z"));
		assertThat(record.expectedHash()).isEqualTo(record.hash());
	}

	@Test
	void refusesARawPhoneNumberAsVoterHash() {
		assertThatThrownBy(() -> VoteChain.start(1).append(1, "13812345678", T1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void voterHashIsStableAcrossSpellingsAndNeverContainsTheNumber() {
		String a = VoterHash.ofMobile("138 1234 5678", KEY);
		String b = VoterHash.ofMobile("+86 13812345678", KEY);
		assertThat(a).isEqualTo(b).hasSize(64).doesNotContain("13812345678");
		assertThat(VoterHash.ofMobile("13812345679", KEY)).isNotEqualTo(a);
		assertThat(VoterHash.ofMember(5, KEY)).isNotEqualTo(a).hasSize(64);
	}

	@Test
	void voterHashNeedsAKeyOf32Bytes() {
		assertThatThrownBy(() -> VoterHash.ofMobile("13812345678", new byte[16]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAnExportWithoutTheHeader() {
		assertThatThrownBy(() -> VoteLogCsv.read(new StringReader("1,42,7\n")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * docs/vote-recount.md §3, written straight from the page with no Gonghui code: parse
	 * the CSV, check sequence, link and SHA-256 of the canonical encoding, tally.
	 */
	static final class IndependentRecount {

		static Map<Long, Long> tally(String csv, long round) {
			String[] lines = csv.split("\n");
			assertThat(lines[0]).isEqualTo("sequence,round_id,entrant_id,voter_hash,cast_at_ms,previous_hash,hash");
			Map<Long, Long> tally = new HashMap<>();
			String prev = "0".repeat(64);
			for (int n = 1; n < lines.length; n++) {
				String[] f = lines[n].split(",");
				assertThat(Long.parseLong(f[1])).isEqualTo(round);
				assertThat(Long.parseLong(f[0])).isEqualTo(n);
				assertThat(f[5]).isEqualTo(prev);
				String canonical = String.join("|", f[0], f[1], f[2], f[3], f[4], f[5]);
				assertThat(sha256(canonical)).isEqualTo(f[6]);
				tally.merge(Long.parseLong(f[2]), 1L, Long::sum);
				prev = f[6];
			}
			return tally;
		}

		static String sha256(String text) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
				StringBuilder hex = new StringBuilder();
				for (byte b : digest) {
					hex.append(String.format("%02x", b));
				}
				return hex.toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
