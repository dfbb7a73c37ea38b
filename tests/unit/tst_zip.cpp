// ZipWriter and ZipReader: what we write reads back (here and in Python's zipfile), and
// what other writers make — zlib's raw deflate, data descriptors, streaming writers —
// reads too; damage is refused with a reason, never read as content.
#include "ZipReader.h"
#include "ZipWriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace duizhao;

namespace {

void put16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

// Raw deflate made by zlib itself, not by ZipWriter.
QByteArray zlibDeflate(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// One deflated entry as a streaming writer lays it out: flag bit 3, zero CRC and sizes
// in the local header, the real ones in a data descriptor after the data (with its
// optional signature) and in the central directory.
QByteArray archiveWithDataDescriptor(const QString &name, const QByteArray &data)
{
    const QByteArray compressed = zlibDeflate(data);
    const QByteArray utf8 = name.toUtf8();
    QByteArray zip;
    put32(zip, 0x04034b50);
    put16(zip, 20);
    put16(zip, (1 << 3) | (1 << 11));
    put16(zip, 8);
    put16(zip, 0);
    put16(zip, 0x21);
    put32(zip, 0);
    put32(zip, 0);
    put32(zip, 0);
    put16(zip, quint16(utf8.size()));
    put16(zip, 0);
    zip += utf8;
    zip += compressed;
    put32(zip, 0x08074b50);
    put32(zip, crcOf(data));
    put32(zip, quint32(compressed.size()));
    put32(zip, quint32(data.size()));
    const quint32 directory = quint32(zip.size());
    put32(zip, 0x02014b50);
    put16(zip, 20);
    put16(zip, 20);
    put16(zip, (1 << 3) | (1 << 11));
    put16(zip, 8);
    put16(zip, 0);
    put16(zip, 0x21);
    put32(zip, crcOf(data));
    put32(zip, quint32(compressed.size()));
    put32(zip, quint32(data.size()));
    put16(zip, quint16(utf8.size()));
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 0);
    put32(zip, 0);
    put32(zip, 0);
    zip += utf8;
    const quint32 directorySize = quint32(zip.size()) - directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 1);
    put16(zip, 1);
    put32(zip, directorySize);
    put32(zip, directory);
    put16(zip, 0);
    return zip;
}

QByteArray text(int repeat)
{
    QByteArray out;
    for (int i = 0; i < repeat; ++i)
        out += QString::fromUtf16(u"標準之爭,其實是信任之爭 — standards %1\n").arg(i).toUtf8();
    return out;
}

} // namespace

class TestZip : public QObject
{
    Q_OBJECT

private slots:
    void writtenEntriesReadBack()
    {
        ZipWriter writer;
        const QByteArray big = text(500);
        writer.add(QStringLiteral("project.qde"), big);
        writer.add(QStringLiteral("sources/標準.txt"), QByteArrayLiteral("ab"),
                   ZipWriter::Method::Stored);
        writer.add(QStringLiteral("sources/empty.txt"), QByteArray());
        const QByteArray zip = writer.finish();
        QVERIFY(zip.size() < big.size()); // the long entry was deflated

        QString error;
        const std::optional<ZipReader> reader = ZipReader::open(zip, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->names(),
                 (QStringList{QStringLiteral("project.qde"), QStringLiteral("sources/標準.txt"),
                              QStringLiteral("sources/empty.txt")}));
        QCOMPARE(reader->entries()[0].method, quint16(8));
        QCOMPARE(reader->entries()[1].method, quint16(0));
        QCOMPARE(reader->read(*reader->find(QStringLiteral("project.qde")), &error).value(), big);
        QCOMPARE(reader->read(reader->entries()[1], &error).value(), QByteArrayLiteral("ab"));
        QCOMPARE(reader->read(reader->entries()[2], &error).value(), QByteArray());
    }

    void sameInputSameBytes()
    {
        const auto make = [] {
            ZipWriter writer;
            writer.add(QStringLiteral("a.txt"), text(20));
            return writer.finish();
        };
        QCOMPARE(make(), make());
    }

    void readsZlibDeflateWithADataDescriptor()
    {
        const QByteArray data = text(200);
        const QByteArray zip = archiveWithDataDescriptor(QStringLiteral("sources/x.txt"), data);
        QString error;
        const std::optional<ZipReader> reader = ZipReader::open(zip, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->entries().size(), 1);
        QVERIFY(reader->entries()[0].flags & (1 << 3));
        const std::optional<QByteArray> read = reader->read(reader->entries()[0], &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, data);
    }

    void damageIsRefused()
    {
        const QByteArray data = text(200);
        QByteArray zip = archiveWithDataDescriptor(QStringLiteral("x.txt"), data);
        QString error;
        // A flipped byte in the deflate data: damaged data or a CRC mismatch, never content.
        QByteArray flipped = zip;
        flipped[30 + 5 + 40] = char(flipped[30 + 5 + 40] ^ 0x55);
        std::optional<ZipReader> reader = ZipReader::open(flipped, &error);
        QVERIFY(reader);
        QVERIFY(!reader->read(reader->entries()[0], &error));
        QVERIFY(!error.isEmpty());
        // A wrong size in the directory.
        QByteArray resized = zip;
        const qsizetype directory = resized.lastIndexOf(QByteArray("PK\x01\x02", 4));
        resized[directory + 24] = char(resized[directory + 24] + 1);
        reader = ZipReader::open(resized, &error);
        QVERIFY(reader);
        QVERIFY(!reader->read(reader->entries()[0], &error));
        // Not a ZIP at all, and a truncated one.
        QVERIFY(!ZipReader::open(QByteArrayLiteral("just text"), &error));
        QVERIFY(error.contains(QStringLiteral("not a ZIP")));
        QVERIFY(!ZipReader::open(zip.left(zip.size() - 10), &error));
        // An entry larger than the reader accepts (a deflate bomb).
        reader = ZipReader::open(zip, &error, 100);
        QVERIFY(reader);
        QVERIFY(!reader->read(reader->entries()[0], &error));
        QVERIFY(error.contains(QStringLiteral("larger than")));
    }

    // Python's zipfile is another implementation: it must read what we write, and we what
    // it writes to a pipe (it cannot seek back, so every entry has a data descriptor).
    void interoperatesWithPythonZipfile()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is needed (scripts/install-deps.sh)");
        QTemporaryDir dir;
        ZipWriter writer;
        writer.add(QStringLiteral("sources/標準.txt"), text(50));
        const QString ours = dir.filePath(QStringLiteral("ours.zip"));
        QFile file(ours);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writer.finish());
        file.close();

        QProcess check;
        check.start(python, {QStringLiteral("-c"),
                             QStringLiteral("import sys, zipfile\n"
                                            "z = zipfile.ZipFile(sys.argv[1])\n"
                                            "assert z.testzip() is None\n"
                                            "sys.stdout.buffer.write(z.read(z.namelist()[0]))\n"),
                             ours});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
        QCOMPARE(check.readAllStandardOutput(), text(50));

        QProcess stream;
        stream.start(python, {QStringLiteral("-c"),
                              QStringLiteral("import sys, zipfile\n"
                                             "z = zipfile.ZipFile(sys.stdout.buffer, 'w', "
                                             "zipfile.ZIP_DEFLATED)\n"
                                             "z.writestr('project.qde', sys.argv[1] * 40)\n"
                                             "z.writestr('sources/a.txt', b'')\n"
                                             "z.close()\n"),
                              QStringLiteral("<Project/>")});
        QVERIFY(stream.waitForFinished());
        QCOMPARE(stream.exitCode(), 0);
        const QByteArray theirs = stream.readAllStandardOutput();
        QString error;
        const std::optional<ZipReader> reader = ZipReader::open(theirs, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->entries().size(), 2);
        QVERIFY(reader->entries()[0].flags & (1 << 3)); // a data descriptor, as promised
        QCOMPARE(reader->entries()[0].method, quint16(8));
        QCOMPARE(reader->read(reader->entries()[0], &error).value(),
                 QByteArray("<Project/>").repeated(40));
        QCOMPARE(reader->read(reader->entries()[1], &error).value(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestZip)
#include "tst_zip.moc"
