using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kith.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KithDbContext>
{
    public KithDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKithSqlite(Path.Combine(Path.GetTempPath(), "kith-design.db"));
        return new KithDbContext(options.Options);
    }
}
