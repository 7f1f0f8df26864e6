using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kith.Core.Data;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) for each EF model it runs against. A compiled query
/// binds to the first model it runs with and refuses any other, and one process can hold several
/// (each engine has its own, and so does each service provider, as in tests); the app has one.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    /// <summary>The query compiled for this context's model.</summary>
    public TQuery For(DbContext db) => _compiled.GetValue(db.Model, _ => compile());
}
