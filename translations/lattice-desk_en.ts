<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChecksumVerification</name>
    <message numerus="yes">
        <source>the archive holds this name %n times</source>
        <translation>
            <numerusform>the archive holds this name once</numerusform>
            <numerusform>the archive holds this name %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::AgentLanePage</name>
    <message numerus="yes">
        <source>%1 — %n problem(s)</source>
        <translation>
            <numerusform>%1 — %n problem</numerusform>
            <numerusform>%1 — %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), %1 published with problems; read %2</source>
        <translation>
            <numerusform>%n release, %1 published with problems; read %2</numerusform>
            <numerusform>%n releases, %1 published with problems; read %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n GitHub API request(s) left)</source>
        <translation>
            <numerusform>(%n GitHub API request left)</numerusform>
            <numerusform>(%n GitHub API requests left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ChannelBoardPanel</name>
    <message numerus="yes">
        <source>%n warning(s) on the moving channels; details under each channel.</source>
        <translation>
            <numerusform>%n warning on the moving channels; details under each channel.</numerusform>
            <numerusform>%n warnings on the moving channels; details under each channel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ChecksumGenerator</name>
    <message numerus="yes">
        <source>Wrote %1 with %n file(s).</source>
        <translation>
            <numerusform>Wrote %1 with %n file.</numerusform>
            <numerusform>Wrote %1 with %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ChildHealthPanel</name>
    <message numerus="yes">
        <source>Checking the children of %n tag(s)…</source>
        <translation>
            <numerusform>Checking the children of %n tag…</numerusform>
            <numerusform>Checking the children of %n tags…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) broken: %1. Pulls of these tags fail on the platforms marked below; re-push the tag or move users to a healthy one.</source>
        <translation>
            <numerusform>%n tag broken: %1. Pulls of this tag fail on the platforms marked below; re-push the tag or move users to a healthy one.</numerusform>
            <numerusform>%n tags broken: %1. Pulls of these tags fail on the platforms marked below; re-push the tags or move users to healthy ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) could not be read at all.</source>
        <translation>
            <numerusform>%n tag could not be read at all.</numerusform>
            <numerusform>%n tags could not be read at all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) gave no clear answer; check again later.</source>
        <translation>
            <numerusform>%n child gave no clear answer; check again later.</numerusform>
            <numerusform>%n children gave no clear answer; check again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every child of the %n checked tag(s) is present.</source>
        <translation>
            <numerusform>Every child of the %n checked tag is present.</numerusform>
            <numerusform>Every child of the %n checked tags is present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::CleanupPreviewPanel</name>
    <message numerus="yes">
        <source>&amp;Would delete (%n):</source>
        <translation>
            <numerusform>&amp;Would delete (%n):</numerusform>
            <numerusform>&amp;Would delete (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept &amp;by the keep-buffer (%n):</source>
        <translation>
            <numerusform>Kept &amp;by the keep-buffer (%n):</numerusform>
            <numerusform>Kept &amp;by the keep-buffer (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pr&amp;otected child digests (%n):</source>
        <translation>
            <numerusform>Pr&amp;otected child digest (%n):</numerusform>
            <numerusform>Pr&amp;otected child digests (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) inspected, %1 protected digest(s), %2 stale version(s) kept, %3 would be deleted.</source>
        <translation>
            <numerusform>%n tag inspected, %1 protected digest(s), %2 stale version(s) kept, %3 would be deleted.</numerusform>
            <numerusform>%n tags inspected, %1 protected digest(s), %2 stale version(s) kept, %3 would be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Danger: %n tag(s) could not be inspected: %1. A tag whose index cannot be read protects nothing, so the run may delete its children and break its pulls. Make the package readable anonymously (or fix what failed) before the next run.</source>
        <translation>
            <numerusform>Danger: %n tag could not be inspected: %1. A tag whose index cannot be read protects nothing, so the run may delete its children and break its pulls. Make the package readable anonymously (or fix what failed) before the next run.</numerusform>
            <numerusform>Danger: %n tags could not be inspected: %1. A tag whose index cannot be read protects nothing, so the run may delete its children and break its pulls. Make the package readable anonymously (or fix what failed) before the next run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next run would delete %n untagged version(s); they are listed below. Nothing has been deleted.</source>
        <translation>
            <numerusform>The next run would delete %n untagged version; it is listed below. Nothing has been deleted.</numerusform>
            <numerusform>The next run would delete %n untagged versions; they are listed below. Nothing has been deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::DocsLanePage</name>
    <message numerus="yes">
        <source>%n stable server release(s) without release notes</source>
        <translation>
            <numerusform>%n stable server release without release notes</numerusform>
            <numerusform>%n stable server releases without release notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::FollowUpView</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ImageLanePage</name>
    <message numerus="yes">
        <source>%n tag(s) could not be read; the Tags tab says why for each (hover the tag). Press Refresh to try again.</source>
        <translation>
            <numerusform>%n tag could not be read; the Tags tab says why (hover the tag). Press Refresh to try again.</numerusform>
            <numerusform>%n tags could not be read; the Tags tab says why for each (hover the tag). Press Refresh to try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ImageTagModel</name>
    <message numerus="yes">
        <source>%n attestation manifest(s) not shown</source>
        <translation>
            <numerusform>%n attestation manifest not shown</numerusform>
            <numerusform>%n attestation manifests not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ImageTagsPanel</name>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tag(s)</source>
        <translation>
            <numerusform>%1 of %n tag</numerusform>
            <numerusform>%1 of %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::LaneHealth</name>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) cannot be read</source>
        <translation>
            <numerusform>%n tag cannot be read</numerusform>
            <numerusform>%n tags cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) have problems</source>
        <translation>
            <numerusform>%n release has problems</numerusform>
            <numerusform>%n releases have problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validator violation(s)</source>
        <translation>
            <numerusform>%n validator violation</numerusform>
            <numerusform>%n validator violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) checked</source>
        <translation>
            <numerusform>%n tag checked</numerusform>
            <numerusform>%n tags checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prerelease(s) pin a pseudo-version</source>
        <translation>
            <numerusform>%n prerelease pins a pseudo-version</numerusform>
            <numerusform>%n prereleases pin a pseudo-version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release page(s)</source>
        <translation>
            <numerusform>%n release page</numerusform>
            <numerusform>%n release pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release page(s), newest commit %1</source>
        <translation>
            <numerusform>%n release page, newest commit %1</numerusform>
            <numerusform>%n release pages, newest commit %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::LanePage</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::MainWindow</name>
    <message numerus="yes">
        <source>%n endpoint(s) unreachable</source>
        <translation>
            <numerusform>%n endpoint unreachable</numerusform>
            <numerusform>%n endpoints unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub: %n request(s) left</source>
        <translation>
            <numerusform>GitHub: %n request left</numerusform>
            <numerusform>GitHub: %n requests left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::NodePickerView</name>
    <message numerus="yes">
        <source>%1 of %n node(s) selected</source>
        <translation>
            <numerusform>%1 of %n node selected</numerusform>
            <numerusform>%1 of %n nodes selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::PoliciesPage</name>
    <message numerus="yes">
        <source>Pushed to %n node(s).</source>
        <translation>
            <numerusform>Pushed to %n node.</numerusform>
            <numerusform>Pushed to %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushed to %n node(s); failed:</source>
        <translation>
            <numerusform>Pushed to %n node; failed:</numerusform>
            <numerusform>Pushed to %n nodes; failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The push failed for %n node(s). %1</source>
        <translation>
            <numerusform>The push failed for %n node. %1</numerusform>
            <numerusform>The push failed for %n nodes. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::PolicyReviewView</name>
    <message numerus="yes">
        <source>%n request(s) to push, %1 of them change the server&apos;s policy.</source>
        <translation>
            <numerusform>%n request to push, %1 of them change the server&apos;s policy.</numerusform>
            <numerusform>%n requests to push, %1 of them change the server&apos;s policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;ush to %n node(s)</source>
        <translation>
            <numerusform>P&amp;ush to %n node</numerusform>
            <numerusform>P&amp;ush to %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::SdkLanePage</name>
    <message numerus="yes">
        <source>%n tag(s) break the SDK order</source>
        <translation>
            <numerusform>%n tag breaks the SDK order</numerusform>
            <numerusform>%n tags break the SDK order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prerelease(s) pin a pseudo-version</source>
        <translation>
            <numerusform>%n prerelease pins a pseudo-version</numerusform>
            <numerusform>%n prereleases pin a pseudo-version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::ServerNodeModel</name>
    <message numerus="yes">
        <source>yes, with %n caveat(s)</source>
        <translation>
            <numerusform>yes, with %n caveat</numerusform>
            <numerusform>yes, with %n caveats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::TagDiffPanel</name>
    <message numerus="yes">
        <source>%1 of %n field(s) differ.</source>
        <translation>
            <numerusform>%1 of %n field differs.</numerusform>
            <numerusform>%1 of %n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::TagHistoryPanel</name>
    <message numerus="yes">
        <source>%n change(s) recorded by this desk. Times are when a refresh first saw the change, not when it was pushed.</source>
        <translation>
            <numerusform>%n change recorded by this desk. Times are when a refresh first saw the change, not when it was pushed.</numerusform>
            <numerusform>%n changes recorded by this desk. Times are when a refresh first saw the change, not when it was pushed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::TagTimelineModel</name>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n change recorded</numerusform>
            <numerusform>%n changes recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lattice::VerifyPage</name>
    <message numerus="yes">
        <source>Verifying %n listed file(s)…</source>
        <translation>
            <numerusform>Verifying %n listed file…</numerusform>
            <numerusform>Verifying %n listed files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the checksum file are improperly formatted.</source>
        <translation>
            <numerusform>%n line of the checksum file is improperly formatted.</numerusform>
            <numerusform>%n lines of the checksum file are improperly formatted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) present but not listed</source>
        <translation>
            <numerusform>%n file present but not listed</numerusform>
            <numerusform>%n files present but not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improperly formatted line(s)</source>
        <translation>
            <numerusform>%n improperly formatted line</numerusform>
            <numerusform>%n improperly formatted lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed with different checksums</source>
        <translation>
            <numerusform>%n name listed with different checksums</numerusform>
            <numerusform>%n names listed with different checksums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing file(s) ignored</source>
        <translation>
            <numerusform>%n missing file ignored</numerusform>
            <numerusform>%n missing files ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n verified file(s) match the checksum file.</source>
        <translation>
            <numerusform>The %n verified file matches the checksum file.</numerusform>
            <numerusform>All %n verified files match the checksum file.</numerusform>
        </translation>
    </message>
</context>
</TS>
