using Reconciler.Storage.Server;

namespace Reconciler.Storage.PostgreSql;

public static partial class PostgreSqlSql
{
    private static ImportSql Imports => new()
    {
        FindIngested = """
            SELECT import_id, content_hash, file_name, format, status, records, as_of
            FROM imports WHERE content_hash = @hash AND status = 'ingested'
            """,
        Insert = """
            INSERT INTO imports(content_hash, file_name, format, status, records, problems, as_of, run_id, ingested_at)
            VALUES (@hash, @file, @format, @status, @records, @problems, @asOf, @run, @at) RETURNING import_id
            """,
        InsertStatement = """
            INSERT INTO statements(import_id, ordinal, account, currency, opening_x4, closing_x4, balanced, balance_note)
            VALUES (@import, @ordinal, @account, @currency, @opening, @closing, @balanced, @note) RETURNING statement_id
            """,
        Link = """
            INSERT INTO run_inputs(run_id, import_id, outcome) VALUES (@run, @import, @outcome)
            ON CONFLICT (run_id, import_id) DO UPDATE SET outcome = excluded.outcome
            """,
        Quarantined = """
            SELECT file_name, content_hash, problems FROM imports WHERE status = 'quarantined' AND as_of = @asOf
            ORDER BY file_name COLLATE "C", content_hash COLLATE "C"
            """,
        Unbalanced = """
            SELECT i.file_name, i.content_hash, s.ordinal, s.account, s.currency, s.closing_x4, COALESCE(s.balance_note, '')
            FROM statements s JOIN imports i ON i.import_id = s.import_id
            WHERE i.status = 'ingested' AND i.as_of = @asOf AND s.balanced = false ORDER BY i.file_name COLLATE "C", s.ordinal
            """,
    };

    /// <summary>What the latest completed night before @asOf left of each piece of money.</summary>
    private const string LastPosition = """
        WITH last_position AS (
            SELECT cp.source_id, cp.remaining_x4,
                   ROW_NUMBER() OVER (PARTITION BY cp.source_id ORDER BY r.as_of DESC, r.finished_at DESC) AS rn
            FROM cash_positions cp JOIN runs r ON r.run_id = cp.run_id
            WHERE r.status = 'completed' AND r.as_of < @asOf)

        """;

    /// <summary>The latest completed night before @asOf.</summary>
    private const string PreviousRun =
        "(SELECT run_id FROM runs WHERE status = 'completed' AND as_of < @asOf ORDER BY as_of DESC, finished_at DESC LIMIT 1)";
}
