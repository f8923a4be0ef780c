package org.gonghui.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AES-256-GCM, a random nonce per value) and derives a
 * keyed hash (HMAC-SHA-256) so that an encrypted value can still be looked up by
 * equality.
 */
public final class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(byte[] encryptionKey, byte[] hashKey) {
		if (encryptionKey.length != 32 || hashKey.length < 32) {
			throw new IllegalArgumentException("加密密钥须为 32 字节，散列密钥至少 32 字节");
		}
		this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
	}

	public byte[] encrypt(String plain) {
		return encryptBytes(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** Seals bytes such as an uploaded document: nonce followed by ciphertext and tag. */
	public byte[] encryptBytes(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
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
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("解密失败：密钥与数据不符", ex);
		}
	}

	public byte[] hash(String plain) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			return mac.doFinal(plain.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("散列失败", ex);
		}
	}

}
