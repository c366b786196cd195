package org.chinatechgraph.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * The system's headless Chromium, driven through its own chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; nothing is downloaded), with a fresh profile each time. Without them the test fails and
 * says how to install them.
 */
public final class Chromium implements AutoCloseable {

	private static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private final List<String> errors = new ArrayList<>();

	private Chromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts Chromium, with {@code arguments} besides its usual ones. */
	public static Chromium start(String... arguments) {
		if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
			throw new AssertionError("The consoles are tested in a real browser, and Chromium or its driver is missing"
					+ " (looked for " + BINARY + " and " + DRIVER + "). Install both with apt-get install chromium "
					+ "chromium-driver, as .ci/run does, or name them with -Dchromium.binary and -Dchromium.driver.");
		}
		try {
			Path profile = Files.createTempDirectory("chromium-profile-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BINARY.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + profile);
			options.addArguments(arguments);
			options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.build();
			return new Chromium(new ChromeDriver(service, options), profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void open(String url) {
		this.driver.get(url);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/**
	 * Waits up to {@code seconds} for {@code condition} to give something other than null or false; when it does
	 * not, the failure names what was awaited and a screenshot of what the page showed instead.
	 */
	public <T> T waitFor(int seconds, String what, Function<WebDriver, T> condition) {
		try {
			// polled every 50 ms rather than Selenium's 500: a condition met in 20 ms is not waited on for half a second
			return new WebDriverWait(this.driver, Duration.ofSeconds(seconds), Duration.ofMillis(50)).until(condition);
		}
		catch (TimeoutException ex) {
			Path shot = screenshot("timeout-" + what.replaceAll("\\W+", "-"));
			throw new AssertionError("Waited " + seconds + " s for " + what + " in vain; the page then: " + shot, ex);
		}
	}

	/** The console errors (failed loads included) of every page opened so far. */
	public List<String> consoleErrors() {
		this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.forEach(this.errors::add);
		return List.copyOf(this.errors);
	}

	/** Saves what the window shows as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

}
