namespace Kith.Web.Hosting;

/// <summary>The SQLite file this host serves, resolved once from configuration.</summary>
internal sealed record DatabaseLocation(string Path);
