using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ParIndex.Reports.Tests.Tools;

/// <summary>
/// Debian's Chromium, headless, driven through the DevTools protocol (a WebSocket; no package needed): one browser
/// with a fresh profile and no network services, pages opened from local files, every console message, uncaught
/// exception and browser log entry (CSP violations are such entries) collected, DOM queries, PDF print and
/// screenshots. CI installs Chromium (.ci/run); a machine without it fails these tests, it does not skip them.
/// </summary>
internal sealed class Chromium : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> calls = new();
    private readonly ConcurrentQueue<JsonObject> events = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiving;
    private int nextId;

    private Chromium(Process process, string profile, Uri endpoint)
    {
        this.process = process;
        this.profile = profile;
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.ConnectAsync(endpoint, CancellationToken.None).Wait(Timeout);
        receiving = Task.Run(Receive);
    }

    /// <summary>The program: $PARINDEX_CHROMIUM, else <c>chromium</c> on the PATH (Debian's package).</summary>
    public static string Executable => Environment.GetEnvironmentVariable("PARINDEX_CHROMIUM") is { Length: > 0 } path ? path : Programs.Find("chromium");

    /// <summary>Starts a headless browser (no sandbox, no GPU, no display, a temporary profile).</summary>
    public static Chromium Start()
    {
        var profile = Directory.CreateTempSubdirectory("parindex-chromium-").FullName;
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0", "--user-data-dir=" + profile,
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--mute-audio", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();

        // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" once it is ready.
        var seen = new StringBuilder();
        var reading = Task.Run(() =>
        {
            while (process.StandardError.ReadLine() is { } line)
            {
                seen.AppendLine(line);
                var at = line.IndexOf("ws://", StringComparison.Ordinal);
                if (line.StartsWith("DevTools listening on ", StringComparison.Ordinal) && at >= 0)
                {
                    return new Uri(line.Substring(at).Trim());
                }
            }

            return null;
        });
        if (!reading.Wait(Timeout) || reading.Result is null)
        {
            Kill(process);
            throw new InvalidOperationException("Chromium did not start its DevTools endpoint:\n" + seen);
        }

        // Keep draining its log so that it never blocks on a full pipe.
        Task.Run(() =>
        {
            while (process.StandardError.ReadLine() is not null)
            {
            }
        });
        return new Chromium(process, profile, reading.Result);
    }

    /// <summary>Opens a local file in a new tab of <paramref name="width"/> × <paramref name="height"/> CSS pixels and waits until it has loaded.</summary>
    public ChromiumPage Open(string file, int width = 1280, int height = 900)
    {
        var target = (string)Call(null, "Target.createTarget", new JsonObject { ["url"] = "about:blank" })["targetId"]!;
        var session = (string)Call(null, "Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true })["sessionId"]!;
        var page = new ChromiumPage(this, session, target);
        foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable" })
        {
            Call(session, domain);
        }

        Call(session, "Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        var loaded = Wait(session, "Page.loadEventFired");
        var navigation = Call(session, "Page.navigate", new JsonObject { ["url"] = new Uri(file).AbsoluteUri });
        if (navigation["errorText"] is { } error)
        {
            throw new InvalidOperationException($"Chromium could not open {file}: {error}");
        }

        if (!loaded.Wait(Timeout))
        {
            throw new TimeoutException($"{file} did not finish loading in {Timeout.TotalSeconds} s");
        }

        return page;
    }

    /// <summary>The console messages, uncaught exceptions and log entries of warning or error level a session has seen so far.</summary>
    internal IReadOnlyList<string> Messages(string session)
    {
        var messages = new List<string>();
        foreach (var e in events.Where(e => (string?)e["sessionId"] == session))
        {
            var p = e["params"]!;
            switch ((string?)e["method"])
            {
                case "Runtime.consoleAPICalled":
                    messages.Add($"console.{p["type"]}: " + string.Join(" ", p["args"]!.AsArray().Select(a => a?["value"]?.ToString() ?? a?["description"]?.ToString())));
                    break;
                case "Runtime.exceptionThrown":
                    messages.Add("exception: " + (p["exceptionDetails"]?["exception"]?["description"] ?? p["exceptionDetails"]?["text"]));
                    break;
                case "Log.entryAdded" when (string?)p["entry"]!["level"] is "error" or "warning":
                    messages.Add($"{p["entry"]!["level"]} ({p["entry"]!["source"]}): {p["entry"]!["text"]}");
                    break;
            }
        }

        return messages;
    }

    /// <summary>Sends a command (to the browser when <paramref name="session"/> is null) and returns its result.</summary>
    internal JsonObject Call(string? session, string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        calls[id] = reply;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        sending.Wait();
        try
        {
            socket.SendAsync(new ArraySegment<byte>(bytes), WebSocketMessageType.Text, true, CancellationToken.None).Wait(Timeout);
        }
        finally
        {
            sending.Release();
        }

        if (!reply.Task.Wait(Timeout))
        {
            throw new TimeoutException($"Chromium did not answer {method} in {Timeout.TotalSeconds} s");
        }

        var answer = reply.Task.Result;
        if (answer["error"] is { } error)
        {
            throw new InvalidOperationException($"Chromium: {method} failed: {error.ToJsonString()}");
        }

        return answer["result"]!.AsObject();
    }

    /// <summary>A task that completes at the next event <paramref name="method"/> of the session (set up before the action that causes it).</summary>
    internal Task Wait(string session, string method)
    {
        var seen = events.Count(e => (string?)e["sessionId"] == session && (string?)e["method"] == method);
        return Task.Run(async () =>
        {
            while (events.Count(e => (string?)e["sessionId"] == session && (string?)e["method"] == method) <= seen)
            {
                if (receiving.IsCompleted)
                {
                    throw new InvalidOperationException("Chromium closed the connection");
                }

                await Task.Delay(20).ConfigureAwait(false);
            }
        });
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                break;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var json = JsonNode.Parse(message.ToArray())!.AsObject();
            message.SetLength(0);
            if (json["id"] is { } id && calls.TryRemove((int)id, out var reply))
            {
                reply.SetResult(json);
            }
            else if (json["method"] is not null)
            {
                events.Enqueue(json);
            }
        }

        foreach (var pending in calls.Values)
        {
            pending.TrySetException(new InvalidOperationException("Chromium closed the connection"));
        }
    }

    public void Dispose()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                Call(null, "Browser.close");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or AggregateException)
        {
            // Closing is best effort; the process is killed below in any case.
        }

        stop.Cancel();
        receiving.Wait(TimeSpan.FromSeconds(10));
        if (!process.WaitForExit(10_000))
        {
            Kill(process);
        }

        process.Dispose();
        socket.Dispose();
        try
        {
            Directory.Delete(profile, true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile for a moment; it is a temporary folder.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

/// <summary>A loaded tab: its messages, DOM queries (run by DevTools, which the page's CSP does not restrict), PDF and screenshots.</summary>
internal sealed class ChromiumPage
{
    private readonly Chromium browser;
    private readonly string session;

    internal ChromiumPage(Chromium browser, string session, string target)
    {
        this.browser = browser;
        this.session = session;
        Target = target;
    }

    public string Target { get; }

    /// <summary>Every console message, uncaught exception and warning/error log entry (CSP violations included) so far.</summary>
    public IReadOnlyList<string> Messages => browser.Messages(session);

    /// <summary>Evaluates a JavaScript expression in the page and returns its value as JSON.</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = browser.Call(session, "Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } error)
        {
            throw new InvalidOperationException($"{expression}: {error.ToJsonString()}");
        }

        return result["result"]!["value"];
    }

    public int Count(string selector) => (int)Evaluate($"document.querySelectorAll({JsonSerializer.Serialize(selector)}).length")!;

    public string[] Texts(string selector) =>
        Evaluate($"Array.from(document.querySelectorAll({JsonSerializer.Serialize(selector)}), e => e.textContent)")!.AsArray().Select(n => (string)n!).ToArray();

    /// <summary>Prints to PDF with the page's own @page sizes (A4), backgrounds, no header or footer.</summary>
    public byte[] PrintToPdf() => Convert.FromBase64String((string)browser.Call(session, "Page.printToPDF", new JsonObject
    {
        ["printBackground"] = true,
        ["preferCSSPageSize"] = true,
        ["displayHeaderFooter"] = false,
    })["data"]!);

    /// <summary>A PNG of the whole page (beyond the window).</summary>
    public byte[] Screenshot()
    {
        var size = browser.Call(session, "Page.getLayoutMetrics")["cssContentSize"]!;
        return Convert.FromBase64String((string)browser.Call(session, "Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = (double)size["width"]!, ["height"] = (double)size["height"]!, ["scale"] = 1 },
        })["data"]!);
    }

    public void Close() => browser.Call(null, "Target.closeTarget", new JsonObject { ["targetId"] = Target });
}
