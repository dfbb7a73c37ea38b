#include "LibraryBackups.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseError.h"
#include "Schema.h"
#include "Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace duizhao {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

QString baseName(const QString &libraryPath)
{
    return QFileInfo(libraryPath).completeBaseName();
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// A second name for the same file (no copy, atomic); false where the file system has
// no hard links.
bool hardLink(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::create_hard_link(fsPath(from), fsPath(to), error);
    return !error;
}

void renameOver(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(fsPath(from), fsPath(to), error);
    if (error)
        throw DatabaseError(QStringLiteral("cannot rename %1 to %2: %3")
                                .arg(from, to, QString::fromStdString(error.message())),
                            SQLITE_CANTOPEN);
}

// A name beside `path` that is not taken: `path`, else `path`-2, -3, ...
QString freeName(const QString &path)
{
    QString candidate = path;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = path + QStringLiteral("-%1").arg(n);
    return candidate;
}

} // namespace

LibraryBackups::LibraryBackups(const QString &libraryPath)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
{}

QString LibraryBackups::folder() const
{
    return QFileInfo(m_libraryPath).absolutePath() + QStringLiteral("/backups");
}

QString LibraryBackups::kindName(BackupInfo::Kind kind, int schemaVersion)
{
    switch (kind) {
    case BackupInfo::Kind::Daily:
        return QStringLiteral("daily");
    case BackupInfo::Kind::Manual:
        return QStringLiteral("manual");
    case BackupInfo::Kind::Upgrade:
        return QStringLiteral("upgrade-v%1").arg(schemaVersion);
    }
    return {};
}

BackupInfo LibraryBackups::inspect(const QString &file)
{
    BackupInfo info;
    info.file = QFileInfo(file).absoluteFilePath();
    info.created = QFileInfo(file).lastModified();
    DatabaseOptions options;
    options.readOnly = true;
    Database db(file, options);
    Statement identity = db.prepare(u"SELECT (SELECT user_version FROM pragma_user_version), "
                                    u"(SELECT application_id FROM pragma_application_id)");
    if (!identity.step() || identity.int32(1) != Schema::kApplicationId || identity.int32(0) <= 0)
        throw std::invalid_argument("not a backup of a Duizhao library");
    info.schemaVersion = identity.int32(0);
    Statement essays = db.prepare(u"SELECT count(*) FROM essay");
    info.essays = essays.step() ? essays.int64(0) : 0;
    info.annotations = 0;
    if (info.schemaVersion >= 4) { // annotations came with version 4
        Statement annotations = db.prepare(u"SELECT count(*) FROM annotation");
        info.annotations = annotations.step() ? annotations.int64(0) : 0;
    }
    return info;
}

QList<BackupInfo> LibraryBackups::list() const
{
    static const QRegularExpression name(
        QStringLiteral("^(.*)-(\\d{8}-\\d{9})-(daily|manual|upgrade-v(\\d+))\\.sqlite$"));
    const QString base = baseName(m_libraryPath);
    QList<BackupInfo> backups;
    const QDir dir(folder());
    for (const QString &entry : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch match = name.match(entry);
        if (!match.hasMatch() || match.captured(1) != base)
            continue;
        BackupInfo info;
        try {
            info = inspect(dir.filePath(entry));
        } catch (const std::exception &) {
            // Listed with unknown counts: the user sees it and can decide.
            info.file = dir.absoluteFilePath(entry);
        }
        info.created = QDateTime::fromString(match.captured(2), kStampFormat);
        const QString kind = match.captured(3);
        info.kind = kind == u"daily"    ? BackupInfo::Kind::Daily
                    : kind == u"manual" ? BackupInfo::Kind::Manual
                                        : BackupInfo::Kind::Upgrade;
        backups << info;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.file > b.file;
    });
    return backups;
}

QString LibraryBackups::create(Database &source, BackupInfo::Kind kind, int schemaVersion) const
{
    if (!QDir().mkpath(folder()))
        throw DatabaseError(QStringLiteral("cannot create the backup folder %1").arg(folder()),
                            SQLITE_CANTOPEN);
    const QString file = freeName(folder() + u'/' + baseName(m_libraryPath) + u'-' +
                                  QDateTime::currentDateTime().toString(kStampFormat) + u'-' +
                                  kindName(kind, schemaVersion) + QStringLiteral(".sqlite"));
    DatabaseBackup::copyFile(source, file);
    return file;
}

void LibraryBackups::createAt(Database &source, const QString &file)
{
    DatabaseBackup::copyFile(source, file);
}

QString LibraryBackups::dailyIfDue(Database &source, const BackupPolicy &policy,
                                   const QDateTime &now) const
{
    for (const BackupInfo &backup : list()) {
        if (backup.kind == BackupInfo::Kind::Daily && backup.created.date() == now.date())
            return {};
    }
    // A new or empty library has nothing to lose yet.
    Statement content = source.prepare(
        u"SELECT EXISTS (SELECT 1 FROM essay) OR EXISTS (SELECT 1 FROM structure_rule)");
    if (!content.step() || content.int64(0) == 0)
        return {};
    const QString file = create(source, BackupInfo::Kind::Daily);
    rotate(policy);
    return file;
}

QStringList LibraryBackups::rotate(const BackupPolicy &policy) const
{
    QSet<QDate> days;
    QSet<int> weeks;
    QStringList removed;
    // Newest first: the first backup of a day (or week) met is the one kept for it.
    for (const BackupInfo &backup : list()) {
        if (backup.kind != BackupInfo::Kind::Daily)
            continue;
        const QDate day = backup.created.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear) + weekYear * 100;
        bool keep = false;
        if (!days.contains(day) && days.size() < policy.daily) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(week) && weeks.size() < policy.weekly) {
            weeks.insert(week);
            keep = true;
        }
        if (!keep && QFile::remove(backup.file))
            removed << backup.file;
    }
    return removed;
}

QString LibraryBackups::restore(const QString &backupFile, const QDateTime &now) const
{
    const BackupInfo info = inspect(backupFile);
    if (info.schemaVersion > Schema::kCurrentVersion)
        throw std::invalid_argument("the backup was written by a newer Duizhao");
    const QString restoring = m_libraryPath + QStringLiteral(".restoring");
    {
        DatabaseOptions options;
        options.readOnly = true;
        Database source(backupFile, options);
        Statement check = source.prepare(u"PRAGMA quick_check");
        if (!check.step() || check.text(0) != u"ok")
            throw std::invalid_argument("the backup is damaged (quick_check failed)");
        // Into a file beside the library, so the final step is a rename on one disk.
        DatabaseBackup::copyFile(source, restoring);
    }

    QString aside;
    if (QFileInfo::exists(m_libraryPath)) {
        bool sound = true;
        try {
            // Everything the WAL holds goes into the file, and the file leaves WAL mode:
            // then it is whole by itself, and a stale -wal cannot be played into the
            // restored file. Leaving WAL mode needs the library to itself: another
            // program's connection makes this fail instead of being cut off.
            DatabaseOptions options;
            options.busyTimeoutMs = 2000;
            Database current(m_libraryPath, options);
            Statement mode = current.prepare(u"PRAGMA journal_mode = DELETE");
            if (!mode.step() || mode.text(0).compare(u"delete", Qt::CaseInsensitive) != 0) {
                QFile::remove(restoring);
                throw DatabaseError(QStringLiteral("another program has the library open; close "
                                                   "it and restore again"),
                                    SQLITE_BUSY);
            }
        } catch (const DatabaseError &error) {
            if (!error.isDamage()) {
                QFile::remove(restoring);
                if ((error.code() & 0xFF) == SQLITE_BUSY)
                    throw DatabaseError(QStringLiteral("another program has the library open; "
                                                       "close it and restore again"),
                                        error.code());
                throw;
            }
            sound = false; // a damaged library is set aside as it is, with its WAL
        }
        aside = freeName(m_libraryPath + QStringLiteral(".before-restore-") +
                         now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!hardLink(m_libraryPath, aside) && !QFile::copy(m_libraryPath, aside)) {
            QFile::remove(restoring);
            throw DatabaseError(QStringLiteral("cannot set the library aside as %1").arg(aside),
                                SQLITE_CANTOPEN);
        }
        const QString wal = m_libraryPath + QStringLiteral("-wal");
        if (!sound && QFileInfo::exists(wal))
            renameOver(wal, aside + QStringLiteral("-wal"));
    }
    // One rename: the library is the old file or the restored one, never neither.
    renameOver(restoring, m_libraryPath);
    QFile::remove(m_libraryPath + QStringLiteral("-wal"));
    QFile::remove(m_libraryPath + QStringLiteral("-shm"));
    return aside;
}

} // namespace duizhao
