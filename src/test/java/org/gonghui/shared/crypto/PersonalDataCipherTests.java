package org.gonghui.shared.crypto;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersonalDataCipherTests {

	private static final String ID = "11010519491231002X";

	private final PersonalDataCipher cipher = new PersonalDataCipher(key(1, 32), key(2, 32));

	@Test
	void decryptsWhatItEncrypted_idNumber() {
		assertThat(this.cipher.decrypt(this.cipher.encrypt(ID))).isEqualTo(ID);
	}

	@Test
	void roundTripsChineseTextAndEmpty_张三() {
		assertThat(this.cipher.decrypt(this.cipher.encrypt("张三 湖北省武汉市"))).isEqualTo("张三 湖北省武汉市");
		assertThat(this.cipher.decrypt(this.cipher.encrypt(""))).isEmpty();
	}

	@Test
	void sealsDocumentBytesAndRefusesATamperedOne_pdfHeader() {
		byte[] pdf = "%PDF-1.4 \u0000\u00ff binary".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		byte[] sealed = this.cipher.encryptBytes(pdf);
		assertThat(sealed).hasSize(12 + pdf.length + 16);
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
		assertThat(this.cipher.decryptBytes(sealed)).isEqualTo(pdf);
		sealed[20] ^= 1;
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.cipher.decryptBytes(sealed));
	}

	@Test
	void storesNonceThenCiphertextThenTag_12Plus18Plus16Bytes() {
		assertThat(this.cipher.encrypt(ID)).hasSize(12 + ID.length() + 16);
	}

	@Test
	void encryptsTheSameValueDifferentlyEachTime_randomNonce() {
		byte[] first = this.cipher.encrypt(ID);
		byte[] second = this.cipher.encrypt(ID);

		assertThat(first).isNotEqualTo(second);
		assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
		assertThat(this.cipher.decrypt(second)).isEqualTo(ID);
	}

	@Test
	void threadsShareOneCipher_whatOneEncryptsAnotherDecryptsAndHashesAgree() throws Exception {
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<byte[][]>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(threads.submit(() -> {
					byte[][] sealed = new byte[1000][];
					for (int n = 0; n < sealed.length; n++) {
						sealed[n] = this.cipher.encrypt(ID + n);
						assertThat(this.cipher.hash(ID)).isEqualTo(this.cipher.hash(ID));
					}
					return sealed;
				}));
			}
			java.util.Set<String> nonces = new java.util.HashSet<>();
			for (java.util.concurrent.Future<byte[][]> result : results) {
				byte[][] sealed = result.get();
				for (int n = 0; n < sealed.length; n++) {
					assertThat(this.cipher.decrypt(sealed[n])).isEqualTo(ID + n);
					nonces.add(java.util.HexFormat.of().formatHex(Arrays.copyOf(sealed[n], 12)));
				}
			}
			assertThat(nonces).hasSize(8000);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void hashIsStableForTheSameValue() {
		PersonalDataCipher sameKeys = new PersonalDataCipher(key(1, 32), key(2, 32));

		assertThat(this.cipher.hash(ID)).hasSize(32)
			.isEqualTo(this.cipher.hash(ID))
			.isEqualTo(sameKeys.hash(ID))
			.isNotEqualTo(this.cipher.hash("440524188001010014"));
	}

	@Test
	void hashDependsOnTheHashKeyOnly() {
		PersonalDataCipher otherHashKey = new PersonalDataCipher(key(1, 32), key(3, 32));
		PersonalDataCipher otherEncryptionKey = new PersonalDataCipher(key(4, 32), key(2, 32));

		assertThat(otherHashKey.hash(ID)).isNotEqualTo(this.cipher.hash(ID));
		assertThat(otherEncryptionKey.hash(ID)).isEqualTo(this.cipher.hash(ID));
	}

	@Test
	void refusesTamperedCiphertext_oneBitFlipped() {
		byte[] stored = this.cipher.encrypt(ID);
		stored[20] ^= 1;

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored));
	}

	@Test
	void refusesTamperedNonce() {
		byte[] stored = this.cipher.encrypt(ID);
		stored[0] ^= 1;

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored));
	}

	@Test
	void refusesTruncatedCiphertext() {
		byte[] stored = this.cipher.encrypt(ID);

		assertThatIllegalStateException()
			.isThrownBy(() -> this.cipher.decrypt(Arrays.copyOf(stored, stored.length - 1)));
	}

	@Test
	void refusesCiphertextFromAnotherKey() {
		byte[] stored = new PersonalDataCipher(key(9, 32), key(2, 32)).encrypt(ID);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 16, 24, 31, 33, 64 })
	void refusesEncryptionKeysOtherThan32Bytes(int size) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(key(1, size), key(2, 32)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 16, 31 })
	void refusesHashKeysShorterThan32Bytes(int size) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(key(1, 32), key(2, size)));
	}

	@Test
	void acceptsLongerHashKey_64Bytes() {
		assertThat(new PersonalDataCipher(key(1, 32), key(2, 64)).hash(ID)).hasSize(32);
	}

	private static byte[] key(int seed, int size) {
		byte[] key = new byte[size];
		for (int i = 0; i < size; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}

}
