using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CloudFlow.Engine.Registry;
using CloudFlow.Engine.Storage;
using CloudFlow.Language.Definitions;

namespace CloudFlow.Engine.Interpreter.Callbacks;

/// <summary>
/// fdl.md 11.4: a token is base64 of <c>v1#&lt;flow&gt;#&lt;execution&gt;#&lt;n&gt;#&lt;signature&gt;</c>, the signature an HMAC
/// over the account and the rest, with a key made once and kept in the data directory, so tokens outlive a restart and
/// an edited or foreign token does not verify. <c>n</c> is the id of the Task visit's StepEntered event.
/// </summary>
internal sealed class TaskTokens(SettingsStore settings)
{
    private const string KeySetting = "task-token-key";
    private readonly byte[] _key = Convert.FromBase64String(settings.GetOrCreate(KeySetting, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    /// <summary>The token of a Task visit that waits for a callback; null for every other state.</summary>
    public string? For(ExecutionRun run, StateDefinition state, long enteredEventId) =>
        state is TaskState { Mode: not TaskMode.RequestComplete } ? Mint(run.Record, enteredEventId) : null;

    /// <summary>The task a token names, or null when it is not one this data directory signed for the account.</summary>
    public TaskToken? Verify(string account, string token)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = text.Split('#');
        if (parts is not ["v1", var flow, var execution, var slotText, var signature] ||
            !long.TryParse(slotText, NumberStyles.None, CultureInfo.InvariantCulture, out var slot))
        {
            return null;
        }

        var expected = Sign(account, text[..text.LastIndexOf('#')]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature))
            ? new TaskToken(flow, execution, slot)
            : null;
    }

    private string Mint(ExecutionRecord execution, long slot)
    {
        var body = $"v1#{execution.FlowName}#{execution.Name}#{slot.ToString(CultureInfo.InvariantCulture)}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{body}#{Sign(execution.Account, body)}"));
    }

    private string Sign(string account, string body) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{account}#{body}")));
}
