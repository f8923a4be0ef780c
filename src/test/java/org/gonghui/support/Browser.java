package org.gonghui.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright; browser tests are skipped where it is not
 * installed (CI installs it: see .ci/run). Use as a static {@code @RegisterExtension}
 * field.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	static final Path CHROMIUM = Path.of(System.getProperty("gonghui.chromium", "/usr/bin/chromium"));

	private Playwright playwright;

	private com.microsoft.playwright.Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + ": browser tests skipped");
		// as long as actions may take (below): on a busy build machine a page's scripts
		// (ECharts is 1 MB) can take longer than the 5 s default to show their effect
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	/** A fresh page with its own cookies, phone-sized when {@code phone}. */
	public Page page(boolean phone) {
		NewContextOptions options = new NewContextOptions().setLocale("zh-CN");
		if (phone) {
			options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
		}
		BrowserContext context = this.browser.newContext(options);
		context.setDefaultTimeout(15_000);
		return context.newPage();
	}

	public static void login(Page page, String base, String username, String password) {
		page.navigate(base + "/login");
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
			.click();
	}

	/** Saves a screenshot under target/screenshots for a person to look at. */
	public static void screenshot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
	}

}
