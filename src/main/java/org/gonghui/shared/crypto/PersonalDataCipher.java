package org.gonghui.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AES-256-GCM, a random nonce per value) and derives a
 * keyed hash (HMAC-SHA-256) so that an encrypted value can still be looked up by
 * equality. Safe to share between threads.
 */
public final class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	// Cipher.getInstance, Mac.getInstance and the shared SecureRandom's lock cost more
	// than the encryption of an ID number itself: an import of a million rows keeps one
	// of each per thread
	private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

	public PersonalDataCipher(byte[] encryptionKey, byte[] hashKey) {
		if (encryptionKey.length != 32 || hashKey.length < 32) {
			throw new IllegalArgumentException("加密密钥须为 32 字节，散列密钥至少 32 字节");
		}
		this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
	}

	/** The nonce followed by the sealed text. */
	public byte[] encrypt(String plain) {
		return encryptBytes(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** Seals bytes such as an uploaded document: nonce followed by ciphertext and tag. */
	public byte[] encryptBytes(byte[] bytes) {
		try {
			Tools tools = this.tools.get();
			byte[] nonce = new byte[NONCE_BYTES];
			tools.random.nextBytes(nonce);
			tools.cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, nonce));
			byte[] stored = new byte[NONCE_BYTES + tools.cipher.getOutputSize(bytes.length)];
			System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
			tools.cipher.doFinal(bytes, 0, bytes.length, stored, NONCE_BYTES);
			return stored;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("加密失败", ex);
		}
	}

	public String decrypt(byte[] stored) {
		return new String(decryptBytes(stored), StandardCharsets.UTF_8);
	}

	/** Opens what {@link #encryptBytes} sealed; fails if a byte was changed. */
	public byte[] decryptBytes(byte[] stored) {
		try {
			Cipher cipher = this.tools.get().cipher;
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("解密失败：密钥与数据不符", ex);
		}
	}

	public byte[] hash(String plain) {
		// doFinal leaves the Mac initialised with the key for the next value
		return this.tools.get().mac.doFinal(plain.getBytes(StandardCharsets.UTF_8));
	}

	private Tools newTools() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return new Tools(Cipher.getInstance("AES/GCM/NoPadding"), mac, strongRandom());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("加密组件不可用", ex);
		}
	}

	// a per-thread DRBG seeded from the system: nonces as unpredictable as the shared
	// SecureRandom's, without its lock and read of /dev/urandom per value
	private static SecureRandom strongRandom() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	private record Tools(Cipher cipher, Mac mac, SecureRandom random) {
	}

}
