package import Database
import Foundation

/// The SQL of `jobs`. Each method is one named operation inside the caller's transaction.
package enum JobStore {
    static let columns = """
        j.id, j.kind, j.status, j.progress_done, j.progress_total, j.message, j.result_path, j.result_name,
        j.result_content_type, j.result_bytes, j.parameters, j.cancel_requested, j.created_by,
        coalesce(u.username, ''), j.created_at, j.started_at, j.finished_at, j.version
        """
    static let from = "jobs AS j LEFT JOIN users AS u ON u.id = j.created_by"

    /// The job with `id`, or nil.
    package static func find(_ id: Int64, in db: Connection) throws -> Job? {
        try db.queryOne("SELECT \(columns) FROM \(from) WHERE j.id = ?", [id]).map(job)
    }

    /// One page of jobs, newest first: those `createdBy` queued, or every job when nil; and how
    /// many there are in all.
    package static func list(createdBy: Int64?, paging: Paging, in db: Connection) throws -> (jobs: [Job], total: Int) {
        let condition = "(?1 IS NULL OR j.created_by = ?1)"
        let total = try db.scalar(Int.self, "SELECT count(*) FROM jobs AS j WHERE \(condition)", [createdBy])
        let jobs = try db.query(
            "SELECT \(columns) FROM \(from) WHERE \(condition) ORDER BY j.id DESC LIMIT ?2 OFFSET ?3",
            [createdBy, paging.limit, paging.offset]
        ).map(job)
        return (jobs, total)
    }

    static func insert(
        kind: String, parameters: String, createdBy: Int64?, creatorScope: AreaScope, at date: Date, in db: Connection
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO jobs (kind, status, parameters, created_by, creator_scope, created_at)
            VALUES (?, 'queued', ?, ?, ?, ?)
            """,
            [kind, parameters, createdBy, creatorScope.sqlArgument, ISO8601Timestamp.format(date)])
        return db.lastInsertRowID
    }

    /// Marks the oldest queued job running and returns it, or nil when none waits.
    static func claimNext(at date: Date, in db: Connection) throws -> ClaimedJob? {
        guard
            let row = try db.queryOne(
                """
                UPDATE jobs SET status = 'running', started_at = ?, version = version + 1
                WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1)
                RETURNING id, kind, parameters, created_by, creator_scope
                """,
                [ISO8601Timestamp.format(date)])
        else { return nil }
        let scopeText: String? = try row.get(4)
        return ClaimedJob(
            id: try row.get(0), kind: try row.get(1), parameters: try row.get(2), createdBy: try row.get(3),
            creatorScope: scopeText.map(scope(json:)) ?? .everywhere)
    }

    /// Saves progress; returns whether a cancellation was requested meanwhile.
    static func saveProgress(
        _ id: Int64, done: Int, total: Int?, message: String, in db: Connection
    ) throws -> Bool {
        let requested = try db.scalar(
            Int?.self,
            """
            UPDATE jobs SET progress_done = ?, progress_total = ?, message = ?
            WHERE id = ? AND status = 'running'
            RETURNING cancel_requested
            """,
            [max(0, done), total.map { max(0, $0) }, message, id])
        return requested == 1
    }

    /// True when someone asked to cancel job `id`.
    static func cancelRequested(_ id: Int64, in db: Connection) throws -> Bool {
        try db.scalar(Int?.self, "SELECT cancel_requested FROM jobs WHERE id = ?", [id]) == 1
    }

    /// Ends a running job with `status`, `message` and (on success) its result file.
    static func finish(
        _ id: Int64, status: JobStatus, message: String, result: JobResult?, at date: Date, in db: Connection
    ) throws {
        try db.execute(
            """
            UPDATE jobs SET status = ?, message = ?, result_path = ?, result_name = ?, result_content_type = ?,
                            result_bytes = ?, finished_at = ?, version = version + 1
            WHERE id = ? AND status = 'running'
            """,
            [status.rawValue, message, result?.storedName, result?.filename, result?.contentType,
             result?.byteCount, ISO8601Timestamp.format(date), id])
    }

    /// Cancels a queued job at once; asks a running one to stop. Returns the status before, or nil
    /// when there is no such job.
    static func requestCancellation(_ id: Int64, message: String, at date: Date, in db: Connection) throws -> JobStatus? {
        guard let text = try db.scalar(String?.self, "SELECT status FROM jobs WHERE id = ?", [id]),
            let status = JobStatus(rawValue: text)
        else { return nil }
        switch status {
        case .queued:
            try db.execute(
                """
                UPDATE jobs SET status = 'cancelled', message = ?, finished_at = ?, version = version + 1
                WHERE id = ? AND status = 'queued'
                """,
                [message, ISO8601Timestamp.format(date), id])
        case .running:
            try db.execute(
                "UPDATE jobs SET cancel_requested = 1, version = version + 1 WHERE id = ? AND status = 'running'", [id])
        case .succeeded, .failed, .cancelled:
            break
        }
        return status
    }

    /// Fails every job left running (by a crash or a restart) and returns their ids.
    static func failInterrupted(message: String, at date: Date, in db: Connection) throws -> [Int64] {
        try db.query(
            """
            UPDATE jobs SET status = 'failed', message = ?, finished_at = ?, version = version + 1
            WHERE status = 'running' RETURNING id
            """,
            [message, ISO8601Timestamp.format(date)]
        ).map { try $0.get(0) }
    }

    private static func job(_ row: Row) throws -> Job {
        let statusText: String = try row.get(2)
        guard let status = JobStatus(rawValue: statusText) else {
            throw DatabaseError(code: .mismatch, message: "jobs.status holds an unknown status '\(statusText)'")
        }
        let storedName: String? = try row.get(6)
        let result = try storedName.map { name in
            JobResult(
                storedName: name, filename: try row.get(7), contentType: try row.get(8),
                byteCount: try row.get(9, as: Int?.self) ?? 0)
        }
        return Job(
            id: try row.get(0), kind: try row.get(1), status: status, progressDone: try row.get(3),
            progressTotal: try row.get(4), message: try row.get(5), result: result, parameters: try row.get(10),
            cancelRequested: try row.get(11, as: Int.self) == 1, createdBy: try row.get(12),
            creatorUsername: try row.get(13), createdAt: try date(row, 14), startedAt: try optionalDate(row, 15),
            finishedAt: try optionalDate(row, 16), version: try row.get(17))
    }

    private static func date(_ row: Row, _ index: Int) throws -> Date {
        let text: String = try row.get(index)
        guard let date = ISO8601Timestamp.parse(text) else {
            throw DatabaseError(code: .mismatch, message: "jobs holds a malformed timestamp '\(text)'")
        }
        return date
    }

    private static func optionalDate(_ row: Row, _ index: Int) throws -> Date? {
        row[index] == .null ? nil : try date(row, index)
    }

    private static func scope(json: String) -> AreaScope {
        let codes = (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
        return .areas(codes)
    }
}

/// A job the worker has just marked running.
struct ClaimedJob: Sendable {
    let id: Int64
    let kind: String
    let parameters: String
    let createdBy: Int64?
    let creatorScope: AreaScope
}
