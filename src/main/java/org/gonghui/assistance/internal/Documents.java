package org.gonghui.assistance.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.web.GonghuiException;

/**
 * Supporting documents (证明材料, admission letters) kept in the database, the bytes
 * encrypted with the personal data key (AES-GCM): they are medical and income papers.
 * Rows stored before encryption (encrypted = false) are still read as they are. Only PDF,
 * JPEG and PNG are accepted, recognised by their first bytes rather than by the name or
 * the browser's content type, which the uploader controls.
 */
@Service
class Documents {

	static final String CASE = "CASE";

	static final String STUDENT_AWARD = "STUDENT_AWARD";

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final AssistanceProperties properties;

	private final PersonalDataCipher cipher;

	Documents(JdbcClient jdbc, AuditLog audit, AssistanceProperties properties, PersonalDataCipher cipher) {
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
	}

	/** Checks and stores one upload; returns its id. */
	@Transactional
	public UUID store(String ownerKind, UUID ownerId, String orgPath, MultipartFile file, @Nullable Long uploadedBy) {
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw GonghuiException.invalidField("file", "document.unreadable");
		}
		return store(ownerKind, ownerId, orgPath, file.getOriginalFilename(), content, uploadedBy);
	}

	@Transactional
	public UUID store(String ownerKind, UUID ownerId, String orgPath, @Nullable String filename, byte[] content,
			@Nullable Long uploadedBy) {
		if (content.length == 0) {
			throw GonghuiException.invalidField("file", "document.empty");
		}
		if (content.length > this.properties.maxDocumentBytes()) {
			throw GonghuiException.invalidField("file", "document.too-large",
					this.properties.maxDocumentBytes() / (1024 * 1024));
		}
		String type = contentType(content)
			.orElseThrow(() -> GonghuiException.invalidField("file", "document.type-not-allowed"));
		String name = filename == null || filename.isBlank() ? "document" : filename.strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into assistance.document (id, owner_kind, owner_id, org_path, filename, content_type, size_bytes,
				    content, encrypted, uploaded_by)
				values (:id, :kind, :owner, cast(:path as ltree), :name, :type, :size, :content, true, :by)""")
			.param("id", id)
			.param("kind", ownerKind)
			.param("owner", ownerId)
			.param("path", orgPath)
			.param("name", name)
			.param("type", type)
			.param("size", content.length)
			.param("content", this.cipher.encryptBytes(content))
			.param("by", uploadedBy)
			.update();
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "assistance-document", id, orgPath,
				"上传证明材料 " + name + "（" + content.length / 1024 + " KB）"));
		return id;
	}

	static Optional<String> contentType(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	List<DocumentInfo> of(String ownerKind, UUID ownerId) {
		return this.jdbc.sql("""
				select id, filename, content_type, size_bytes, uploaded_at from assistance.document
				where owner_kind = :kind and owner_id = :owner order by uploaded_at""")
			.param("kind", ownerKind)
			.param("owner", ownerId)
			.query((rs, row) -> new DocumentInfo((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** The document's content if it belongs to the owner; its read is audited. */
	@Transactional
	public Optional<Download> download(String ownerKind, UUID ownerId, UUID id) {
		Optional<Download> found = this.jdbc.sql("""
				select filename, content_type, content, org_path, encrypted from assistance.document
				where id = :id and owner_kind = :kind and owner_id = :owner""")
			.param("id", id)
			.param("kind", ownerKind)
			.param("owner", ownerId)
			.query((rs, row) -> new Download(rs.getString(1), rs.getString(2),
					rs.getBoolean(5) ? this.cipher.decryptBytes(rs.getBytes(3)) : rs.getBytes(3), rs.getString(4)))
			.optional();
		found.ifPresent((d) -> this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "assistance-document",
				id, d.orgPath(), "查看证明材料 " + d.filename())));
		return found;
	}

	record DocumentInfo(UUID id, String filename, String contentType, int sizeBytes, Instant uploadedAt) {
	}

	record Download(String filename, String contentType, byte[] content, String orgPath) {
	}

}
