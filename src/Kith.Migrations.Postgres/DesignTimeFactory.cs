using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kith.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a server (none is contacted).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KithDbContext>
{
    public KithDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKithPostgres("Host=localhost;Database=kith_design;Username=kith");
        return new KithDbContext(options.Options);
    }
}
