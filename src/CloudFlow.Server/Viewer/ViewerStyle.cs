namespace CloudFlow.Server.Viewer;

/// <summary>The viewer's one stylesheet, sent inside each page: no other request, nothing from outside.</summary>
internal static class ViewerStyle
{
    public static Html Sheet { get; } = Html.Of($$"""
        <style>
        body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1f2328}
        header{background:#24292f;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1rem;align-items:baseline}
        header a{color:#fff;font-weight:600;text-decoration:none}
        main{padding:.8rem 1.2rem}
        h1{font-size:1.4rem;margin:.4rem 0}
        h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
        a{color:#0969da}
        .crumbs,.muted{color:#57606a}
        table{border-collapse:collapse;width:100%;margin:.4rem 0}
        th,td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}
        pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.5rem;margin:0;overflow:auto;max-height:30rem}
        td pre{background:none;border:0;padding:0;max-height:16rem}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
        dt{color:#57606a}
        dd{margin:0}
        .status{display:inline-block;padding:0 .55rem;border-radius:1rem;color:#fff;font-weight:600;white-space:nowrap}
        .status-Starting,.status-Running{background:#0969da}
        .status-Succeeded{background:#1a7f37}
        .status-Failed{background:#cf222e}
        .status-TimedOut{background:#bc4c00}
        .status-Stopped{background:#6e7781}
        .error{color:#cf222e;font-weight:600}
        tbody.step td:first-child{border-left:4px solid #d0d7de}
        tbody.step[style] td:first-child{border-left-color:hsl(var(--hue) 65% 45%)}
        tbody.step:nth-of-type(even){background:#f6f8fa}
        .step-name{font-weight:600;color:hsl(var(--hue) 65% 32%)}
        .pager a{margin-right:1rem}
        form{margin:.4rem 0}
        </style>
        """);
}
