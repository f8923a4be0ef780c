package org.gonghui.assistance.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document stored before encryption at rest is sealed by the start-up job and still
 * downloads as the bytes that were uploaded; sealing again changes nothing.
 */
@IntegrationTest
class AssistanceDocumentSealingIntegrationTests {

	@Autowired
	AssistanceDocumentSealing sealing;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPlainDocumentIsSealedAndStillReadsTheSame() {
		byte[] plain = "%PDF-1.4 收入证明 旧文件".getBytes(StandardCharsets.UTF_8);
		UUID id = UUID.randomUUID();
		UUID owner = UUID.randomUUID();
		this.jdbc.sql("""
				insert into assistance.document (id, owner_kind, owner_id, org_path, filename, content_type, size_bytes,
				    content, encrypted)
				values (:id, 'CASE', :owner, '1', '收入证明.pdf', 'application/pdf', :size, :content, false)""")
			.param("id", id)
			.param("owner", owner)
			.param("size", plain.length)
			.param("content", plain)
			.update();

		assertThat(this.sealing.seal()).isGreaterThanOrEqualTo(1);

		Stored stored = stored(id);
		assertThat(stored.encrypted()).isTrue();
		assertThat(stored.content()).isNotEqualTo(plain);
		assertThat(new String(stored.content(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
		assertThat(this.documents.download("CASE", owner, id).orElseThrow().content()).isEqualTo(plain);

		this.sealing.seal();
		assertThat(stored(id).content()).isEqualTo(stored.content());
	}

	Stored stored(UUID id) {
		return this.jdbc.sql("select content, encrypted from assistance.document where id = :id")
			.param("id", id)
			.query((rs, row) -> new Stored(rs.getBytes(1), rs.getBoolean(2)))
			.single();
	}

	record Stored(byte[] content, boolean encrypted) {
	}

}
