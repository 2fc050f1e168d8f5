#pragma once

#include <QJsonObject>
#include <QString>

namespace civicdesk::core {

// The training sandbox: a demo profile that is never live. A profile is a sandbox when it
// holds the marker demo.json (written by DemoProfileBuilder). In a sandbox there is no server
// connection and no online map (ServerSettings and the map refuse them), and "Reset demo"
// puts back the store as it was generated, from the snapshot kept beside it.
class DemoSandbox
{
public:
    static constexpr const char *kMarkerFile = "demo.json";
    static constexpr const char *kSnapshotFile = "demo-initial.sqlite";

    // Where `civicdesk --demo` keeps its sandbox: "demo" in the user's application data folder.
    static QString defaultDirectory();

    static bool isSandbox(const QString &profileDirectory);
    // The marker's content; empty when missing or unreadable.
    static QJsonObject marker(const QString &profileDirectory);
    static void writeMarker(const QString &profileDirectory, const QJsonObject &marker);

    // Copies the closed store to the snapshot file.
    static void takeSnapshot(const QString &profileDirectory);
    // Back to the initial state: the store (and its WAL, drafts and tile cache) replaced by the
    // snapshot, or, when the snapshot is missing or damaged, generated again from the marker's
    // seed, city, size and last day. The store must be closed. Throws Error naming the file.
    static void reset(const QString &profileDirectory);
    // First use: generates the sandbox when the folder has none yet. True when it did.
    static bool ensure(const QString &profileDirectory);
};

} // namespace civicdesk::core
