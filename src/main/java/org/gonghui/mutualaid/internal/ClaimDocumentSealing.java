package org.gonghui.mutualaid.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.db.LegacyDocuments;

/**
 * Seals the documents stored before they were encrypted at rest, once the platform is
 * ready, on a thread of its own so that start-up does not wait for it.
 */
@Component
class ClaimDocumentSealing {

	private static final Logger log = LoggerFactory.getLogger(ClaimDocumentSealing.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PersonalDataCipher cipher;

	ClaimDocumentSealing(JdbcClient jdbc, TransactionTemplate transactions, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.cipher = cipher;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sealInBackground() {
		Thread sealer = new Thread(() -> {
			try {
				int sealed = seal();
				if (sealed > 0) {
					log.info("Encrypted {} documents stored before encryption at rest (mutualaid.claim_document)",
							sealed);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Encrypting the documents stored before encryption at rest failed; the next start retries",
						ex);
			}
		}, "mutualaid-document-sealing");
		sealer.setDaemon(true);
		sealer.start();
	}

	int seal() {
		return LegacyDocuments.seal(this.jdbc, this.transactions, this.cipher, "mutualaid.claim_document");
	}

}
