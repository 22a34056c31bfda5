namespace CloudFlow.Server.Http.Authentication;

/// <summary>Remembers nonces for a lifetime, holding at most <paramref name="capacity"/>; past that the oldest are forgotten
/// early, trading a small replay window under a flood for bounded memory.</summary>
internal sealed class NonceCache(TimeSpan lifetime, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seenAt = new(StringComparer.Ordinal);
    private readonly Queue<(string Nonce, DateTimeOffset SeenAt)> _arrivals = new();

    /// <summary>Records the nonce; false when it was already recorded less than a lifetime before <paramref name="now"/>.</summary>
    public bool TryClaim(string nonce, DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_arrivals.TryPeek(out var oldest) && now - oldest.SeenAt >= lifetime)
                Forget(_arrivals.Dequeue());
            if (_seenAt.TryGetValue(nonce, out var seenAt) && now - seenAt < lifetime)
                return false;
            if (_arrivals.Count == capacity)
                Forget(_arrivals.Dequeue());
            _seenAt[nonce] = now;
            _arrivals.Enqueue((nonce, now));
            return true;
        }
    }

    // A nonce claimed again after expiring is queued twice; only its latest arrival may remove it.
    private void Forget((string Nonce, DateTimeOffset SeenAt) arrival)
    {
        if (_seenAt.TryGetValue(arrival.Nonce, out var seenAt) && seenAt == arrival.SeenAt)
            _seenAt.Remove(arrival.Nonce);
    }
}
