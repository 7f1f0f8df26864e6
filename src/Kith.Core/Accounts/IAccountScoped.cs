namespace Kith.Core.Accounts;

/// <summary>Marks an entity whose rows belong to one account; the DbContext filters and stamps it.</summary>
public interface IAccountScoped
{
    int AccountId { get; set; }
}
