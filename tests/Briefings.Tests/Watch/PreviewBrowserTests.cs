using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Tests.Watch;

/// <summary>
/// `watch --serve` in a real browser: Playwright driving Debian's Chromium (installed by .ci/run; skipped
/// locally when it is missing, failed in CI).
/// </summary>
public sealed class PreviewBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Document = "itproportal-caliphate-book-offline";

    [SkippableFact]
    public async Task The_page_reloads_itself_after_a_save_and_shows_problems_over_the_last_good_page()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing; CI must install Debian's chromium (see .ci/run)");
            Skip.If(true, $"{Chromium} is not installed (apt-get install chromium)");
        }
        var port = WatchedCase.FreePort();
        using var watch = new WatchedCase("caliphate-book-2015", port);
        watch.Run.Until(() => watch.Run.GoodBuilds == 1, "the first build");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{port}/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Quokka")).ToHaveCountAsync(0);
        var problems = page.GetByRole(AriaRole.Alert);
        await Expect(problems).ToBeHiddenAsync();

        // A save shows on the page by itself, within two seconds.
        var clock = Stopwatch.StartNew();
        WatchedCase.Edit(watch.Document(Document), "alternative Facebook", "alternative Quokka");
        await Expect(page.GetByText("Quokka").First).ToBeVisibleAsync(new() { Timeout = 2000 });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.ElapsedMilliseconds} ms");

        // A broken save: its problems, at file:line:column, over the last good page.
        WatchedCase.Edit(watch.Document(Document), "\ntitle: ", "\ntitel: ");
        await Expect(problems).ToBeVisibleAsync(new() { Timeout = 2000 });
        await Expect(problems).ToContainTextAsync($"{Document}.yaml:{WatchedCase.LineOf(watch.Document(Document), "titel:")}:1: error unknown-field: unknown field 'titel' in document; did you mean 'title'?");
        await Expect(problems).ToContainTextAsync("this page is the last good build");
        await Expect(page.GetByText("Quokka").First).ToBeVisibleAsync();

        // Fixed: the problems go and the new text comes.
        WatchedCase.Edit(watch.Document(Document), "\ntitel: Islamic State alternative Quokka", "\ntitle: Islamic State alternative Wombat");
        await Expect(page.GetByText("Wombat").First).ToBeVisibleAsync(new() { Timeout = 2000 });
        await Expect(problems).ToBeHiddenAsync();
    }
}
