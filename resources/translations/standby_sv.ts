<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>About</name>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator guide — Standby</source>
            <translation>Operatörshandbok — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The README is not installed with this copy.</source>
            <translation>README-filen är inte installerad med den här kopian.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>The whole README: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</source>
            <translation>Hela README-filen: &lt;a href="{0}"&gt;{1}&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About Standby</source>
            <translation>Om Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;h2&gt;Standby {0}&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Standby {0}&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Site recovery for virtual machines: replicate, test, fail over and fail back between two sites.</source>
            <translation>Platsåterställning för virtuella datorer: replikera, testa, redundansväxla och återställ efter fel mellan två platser.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt {0}, PySide6 {1}, Python {2}</source>
            <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&lt;b&gt;Libraries and their licences&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bibliotek och deras licenser&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Library</source>
            <translation>Bibliotek</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Licence</source>
            <translation>Licens</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as separate libraries, which you may replace with your own builds. Their source code is at &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby itself is proprietary.</source>
            <translation>Qt och PySide6 används enligt GNU LGPL version 3: de läses in som separata bibliotek, som du får ersätta med egna byggen. Deras källkod finns på &lt;a href="https://download.qt.io/"&gt;download.qt.io&lt;/a&gt;. Standby självt är proprietärt.</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Operator &amp;guide</source>
            <translation>Operatörs&amp;handbok</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} (not connected yet)</source>
            <translation>Valv: {0} (inte anslutet än)</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>, an embedded lab</source>
            <translation>, ett inbyggt labb</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Vault: {0} at {1}{2}; control plane version {3}</source>
            <translation>Valv: {0} på {1}{2}; kontrollplanets version {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;Operator guide</source>
            <translation>&amp;Operatörshandbok</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>Open the &amp;README</source>
            <translation>Öppna &amp;README</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>&amp;About Standby</source>
            <translation>&amp;Om Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/about.py" />
            <source>About &amp;Qt</source>
            <translation>Om &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Aktivera skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Inaktivera skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Redundanstest</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Rensning efter redundanstest</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Planerad redundans</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Oplanerad redundans</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Etablera</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Byt återställningspunkt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Avbryt redundansväxling</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omvänd replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Återställning efter fel</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Synkronisera om</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausa replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Återuppta replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Not connected to the control plane: operations are refused until it is back</source>
            <translation>Inte ansluten till kontrollplanet: åtgärder nekas tills det är tillbaka</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source> (next retry in {0:.0f} s)</source>
            <translation> (nästa försök om {0:.0f} s)</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Your token has the viewer role: it may look, not run operations.</source>
            <translation>Din token har rollen läsare: den får titta, inte köra åtgärder.</translation>
        </message>
        <message>
            <location filename="../../app/console/actions.py" />
            <source>Enable protection needs a cloud pairing for this VM's cloud: pair the cloud with a recovery cloud first.</source>
            <translation>Aktivera skydd kräver en molnparkoppling för den virtuella datorns moln: koppla först molnet till ett återställningsmoln.</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group name</source>
            <translation>Gruppnamn</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group &amp;name:</source>
            <translation>Grupp&amp;namn:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Before the VMs</source>
            <translation>Före de virtuella datorerna</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>After the VMs</source>
            <translation>Efter de virtuella datorerna</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Script</source>
            <translation>+ Skript</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>+ Manual step</source>
            <translation>+ Manuellt steg</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>A command the control plane runs, with a timeout</source>
            <translation>Ett kommando som kontrollplanet kör, med tidsgräns</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions; the plan waits until an operator resumes it</source>
            <translation>Instruktioner; planen väntar tills en operatör återupptar den</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action name</source>
            <translation>Åtgärdsnamn</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Na&amp;me:</source>
            <translation>Na&amp;mn:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Command</source>
            <translation>Kommando</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>e.g. /opt/dr/check-dns.sh $STANDBY_GROUP</source>
            <translation>t.ex. /opt/dr/check-dns.sh $STANDBY_GROUP</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Command:</source>
            <translation>&amp;Kommando:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Timeout in seconds</source>
            <translation>Tidsgräns i sekunder</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Timeout:</source>
            <translation>&amp;Tidsgräns:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Instructions</source>
            <translation>Instruktioner</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>What the operator must do before the plan goes on</source>
            <translation>Vad operatören måste göra innan planen fortsätter</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>&amp;Instructions:</source>
            <translation>&amp;Instruktioner:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Select a group to edit its name and actions.</source>
            <translation>Markera en grupp för att redigera dess namn och åtgärder.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Group {0}</source>
            <translation>Grupp {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script</source>
            <translation>Skript</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Action (select or add one)</source>
            <translation>Åtgärd (markera eller lägg till en)</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Script action</source>
            <translation>Skriptåtgärd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/actions_panel.py" />
            <source>Manual action</source>
            <translation>Manuell åtgärd</translation>
        </message>
    </context>
    <context>
        <name>ActivityPane</name>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Event log</source>
            <translation>Händelselogg</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Events</source>
            <translation>Händelser</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit log</source>
            <translation>Granskningslogg</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Refresh audit log</source>
            <translation>Uppdatera granskningsloggen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Audit</source>
            <translation>Granskning</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>The audit log needs the operator role.</source>
            <translation>Granskningsloggen kräver rollen operatör.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>Could not fetch the audit log: {0}</source>
            <translation>Kunde inte hämta granskningsloggen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/activity_pane.py" />
            <source>{0} entries.</source>
            <translation>{0} poster.</translation>
        </message>
    </context>
    <context>
        <name>Addresses</name>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps its address (it reports none)</source>
            <translation>behåller sin adress (den rapporterar ingen)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} in {1}</source>
            <translation>{0} i {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (per-VM rule)</source>
            <translation>{0} (VM-regel)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule)</source>
            <translation>{0} (undernätsregel)</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} (subnet rule {1} → {2})</source>
            <translation>{0} (undernätsregel {1} → {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>keeps {0}</source>
            <translation>behåller {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM is attached to no network</source>
            <translation>ingen adress: den virtuella datorn är inte ansluten till något nätverk</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: its network has no network mapping</source>
            <translation>ingen adress: dess nätverk har ingen nätverksmappning</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: the VM reports none and no per-VM rule names one</source>
            <translation>ingen adress: den virtuella datorn rapporterar ingen och ingen VM-regel anger någon</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no address: no rule of the network mapping covers {0}</source>
            <translation>ingen adress: ingen regel i nätverksmappningen omfattar {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>subnet rule {0} → {1}</source>
            <translation>undernätsregel {0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>, gateway {0}</source>
            <translation>, gateway {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>a VM no longer in the inventory</source>
            <translation>en virtuell dator som inte längre finns i inventeringen</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>{0} gets {1}</source>
            <translation>{0} får {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/addresses.py" />
            <source>no IP rules: VMs keep their addresses</source>
            <translation>inga IP-regler: de virtuella datorerna behåller sina adresser</translation>
        </message>
    </context>
    <context>
        <name>AlertText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} lost its connection.</source>
            <translation>Replikeringsagenten på värden {host} tappade anslutningen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The replication agent on host {host} reconnected.</source>
            <translation>Replikeringsagenten på värden {host} anslöt igen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is unreachable.</source>
            <translation>Platsen {site} kan inte nås.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Site {site} is reachable again.</source>
            <translation>Platsen {site} kan nås igen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on host {host} is low: {figures}. When it is full, replication to and from this host pauses: free space on it or add storage.</source>
            <translation>Lagringen på värden {host} börjar ta slut: {figures}. När den är full pausas replikeringen till och från värden: frigör utrymme eller lägg till lagring.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>It has space again: {figures}.</source>
            <translation>Den har utrymme igen: {figures}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protection at risk at {site}: {count} protected VM(s) cannot reach their recovery host ({causes}): {vms}. Changes are not being replicated, and a failover to the site must wait until it returns.</source>
            <translation>Skyddet är i fara på {site}: {count} skyddade VM kan inte nå sin återställningsvärd ({causes}): {vms}. Ändringar replikeras inte, och en redundansväxling till platsen måste vänta tills den är tillbaka.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{names} and {more} more</source>
            <translation>{names} och {more} till</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches it again.</source>
            <translation>Replikeringen når den igen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication reaches {site} again: its protected VMs are protected again, and failover to the site is possible.</source>
            <translation>Replikeringen når {site} igen: dess skyddade VM:ar är skyddade igen, och redundansväxling till platsen är möjlig.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Storage on {host} is full ({what}): replication of {count} protected item(s) is paused until space returns.</source>
            <translation>Lagringen på {host} är full ({what}): replikeringen av {count} skyddade objekt är pausad tills utrymme finns igen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>replica storage</source>
            <translation>replikalagring</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>VM storage</source>
            <translation>VM-lagring</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{first} and {second}</source>
            <translation>{first} och {second}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Space returned.</source>
            <translation>Utrymmet är tillbaka.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since {since}. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>Replikeringsvärdena uppdateras inte: ingen lyckad statusläsning sedan {since}. RPO, hälsa och återställningspunkter som visas kan vara inaktuella; kontrollera kontrollplanets logg och värdarnas agenter.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication figures are not being updated: no successful status read since its start. RPO, health and recovery points shown may be out of date; check the control plane's log and the hosts' agents.</source>
            <translation>Replikeringsvärdena uppdateras inte: ingen lyckad statusläsning sedan start. RPO, hälsa och återställningspunkter som visas kan vara inaktuella; kontrollera kontrollplanets logg och värdarnas agenter.</translation>
        </message>
    </context>
    <context>
        <name>AlertsModel</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Info</source>
            <translation>Information</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Site</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <location filename="../../app/console/alert_text.py" />
            <source>Vault</source>
            <translation>Valv</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Protected item</source>
            <translation>Skyddat objekt</translation>
        </message>
        <message>
            <location filename="../../app/console/alert_text.py" />
            <source>Recovery plan</source>
            <translation>Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Drill</source>
            <translation>Övning</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side unreachable</source>
            <translation>Återställningssidan kan inte nås</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Recovery side reachable again</source>
            <translation>Återställningssidan kan nås igen</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Site down</source>
            <translation>Platsen är nere</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Agent disconnected</source>
            <translation>Agenten är frånkopplad</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Primary site down</source>
            <translation>Primär plats nere</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job failed</source>
            <translation>Jobbet misslyckades</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Manual action waiting</source>
            <translation>Manuell åtgärd väntar</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>DR drill failed</source>
            <translation>Katastrofövningen misslyckades</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO far over target</source>
            <translation>RPO långt över målet</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>RPO over target</source>
            <translation>RPO över målet</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>No recovery point yet</source>
            <translation>Ingen återställningspunkt ännu</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication cycles missed</source>
            <translation>Missade replikeringscykler</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication paused</source>
            <translation>Replikering pausad</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resynchronization required</source>
            <translation>Omsynkronisering krävs</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Enabling protection failed</source>
            <translation>Det gick inte att aktivera skydd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Failover failed</source>
            <translation>Redundansväxlingen misslyckades</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Reverse replication failed</source>
            <translation>Omvänd replikering misslyckades</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Awaiting reverse replication</source>
            <translation>Väntar på omvänd replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Test failover not cleaned up</source>
            <translation>Redundanstest inte rensat</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage full</source>
            <translation>Lagringen full</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replica storage full</source>
            <translation>Replikalagringen full</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Source storage full</source>
            <translation>Källagringen full</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Storage low</source>
            <translation>Lite lagringsutrymme</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Control plane task failing</source>
            <translation>Kontrollplanets uppgift misslyckas</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Replication figures not current</source>
            <translation>Replikeringssiffrorna är inte aktuella</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Other alerts</source>
            <translation>Andra aviseringar</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Job</source>
            <translation>Jobb</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Resolved {0} (lasted {1})</source>
            <translation>Löst {0} (varade {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>For information</source>
            <translation>För kännedom</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open · last seen {0}</source>
            <translation>Öppen · senast sedd {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>acknowledged by {0} at {1}</source>
            <translation>kvitterad av {0} kl. {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Severity</source>
            <translation>Allvarlighetsgrad</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>First seen</source>
            <translation>Först sedd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1} open</source>
            <translation>{0} · {1} öppna</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · {1}</source>
            <translation>{0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} · resolved</source>
            <translation>{0} · lösta</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>What to do: {0}</source>
            <translation>Vad du ska göra: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/alerts.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPane</name>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Alerts</source>
            <translation>Aviseringar</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Alerts by cause</source>
            <translation>Aviseringar per orsak</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>&amp;Acknowledge</source>
            <translation>&amp;Kvittera</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Acknowledge the selected alerts</source>
            <translation>Kvittera de markerade aviseringarna</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>What to do: {0}</source>
            <translation>Vad du ska göra: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Double-click to open its job.</source>
            <translation>Dubbelklicka för att öppna dess jobb.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Not connected to the control plane: cannot acknowledge now.</source>
            <translation>Inte ansluten till kontrollplanet: kan inte kvittera nu.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>Could not acknowledge: {0}</source>
            <translation>Kunde inte kvittera: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/alerts_pane.py" />
            <source>{0} alert(s) acknowledged.</source>
            <translation>{0} avisering(ar) kvitterade.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Actor</source>
            <translation>Utförare</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Request</source>
            <translation>Begäran</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>viewer</source>
            <translation>läsare</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>operator</source>
            <translation>operatör</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>admin</source>
            <translation>administratör</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-checks</source>
            <translation>Förkontroller</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Every VM of the plan must be protected and healthy, and no test failover, plan job or drill of this plan may be running.</source>
            <translation>Varje virtuell dator i planen måste vara skyddad och felfri, och inget redundanstest, planjobb eller övning av planen får pågå.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Pre-check results</source>
            <translation>Resultat av förkontroller</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Check &amp;again</source>
            <translation>Kontrollera &amp;igen</translation>
        </message>
    </context>
    <context>
        <name>CleanupPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Clean up</source>
            <translation>Rensa</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Cleanup removes the test VMs (only what the test failover created). Say what the drill showed: the notes go into the report and are required.</source>
            <translation>Rensningen tar bort de virtuella testdatorerna (bara det redundanstestet skapade). Berätta vad övningen visade: anteckningarna hamnar i rapporten och krävs.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>What was verified, what did not work, follow-up actions…</source>
            <translation>Vad som verifierades, vad som inte fungerade, uppföljande åtgärder…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Manuell åtgärd &amp;klar — fortsätt</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Connect to a Standby vault</source>
            <translation>Anslut till ett Standby-valv</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Saved profiles</source>
            <translation>Sparade profiler</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>New profile…</source>
            <translation>Ny profil…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Profile:</source>
            <translation>&amp;Profil:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>e.g. Production vault</source>
            <translation>t.ex. Produktionsvalv</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>optional: the vault's own CA certificate</source>
            <translation>valfritt: valvets eget CA-certifikat</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Browse…</source>
            <translation>Bläddra…</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;CA file:</source>
            <translation>&amp;CA-fil:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>&amp;Remember the token in the system keyring</source>
            <translation>&amp;Kom ihåg token i systemets nyckelring</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Tokens are kept in the system keyring only.</source>
            <translation>Token sparas bara i systemets nyckelring.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring could not be loaded: {0}</source>
            <translation>Nyckelringen kunde inte läsas in: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>No system keyring was found (on Linux: a Secret Service such as GNOME Keyring or KWallet). Tokens are not remembered; you are asked for them each session.</source>
            <translation>Ingen systemnyckelring hittades (på Linux: en Secret Service som GNOME Keyring eller KWallet). Token sparas inte; du tillfrågas om dem varje session.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The keyring is disabled (null backend). Tokens are not remembered; you are asked for them each session.</source>
            <translation>Nyckelringen är inaktiverad (null-backend). Token sparas inte; du tillfrågas om dem varje session.</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Co&amp;nnect</source>
            <translation>A&amp;nslut</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>stored in the keyring</source>
            <translation>sparad i nyckelringen</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>bearer token</source>
            <translation>bärartoken</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>CA certificate</source>
            <translation>CA-certifikat</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certifikat (*.pem *.crt);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the profile a name (without / \ or =).</source>
            <translation>Ge profilen ett namn (utan / \ eller =).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>The URL starts with https:// (or http://).</source>
            <translation>URL:en börjar med https:// (eller http://).</translation>
        </message>
        <message>
            <location filename="../../app/console/connect_dialog.py" />
            <source>Give the token (ask your administrator for one).</source>
            <translation>Ange token (be din administratör om en).</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../../app/console/app.py" />
            <source>No keyring is available: give the token for this session.</source>
            <translation>Ingen nyckelring är tillgänglig: ange token för den här sessionen.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby dashboard</source>
            <translation>Standby-översikt</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Standby</source>
            <translation>Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Data is not live</source>
            <translation>Data är inte aktuella</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Protected VMs</source>
            <translation>Skyddade virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>RPO compliance</source>
            <translation>RPO-efterlevnad</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Sites</source>
            <translation>Platser</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Active jobs</source>
            <translation>Aktiva jobb</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Jobs in progress</source>
            <translation>Pågående jobb</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Worst RPO</source>
            <translation>Sämsta RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Warning above</source>
            <translation>Varning över</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/layout.py" />
            <source>Critical alerts</source>
            <translation>Kritiska aviseringar</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Full screen</source>
            <translation>&amp;Helskärm</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>&amp;Close the dashboard</source>
            <translation>&amp;Stäng översikten</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Standby · {0}</source>
            <translation>Standby · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>All normal</source>
            <translation>Allt normalt</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>STALE</source>
            <translation>INAKTUELLT</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>LIVE</source>
            <translation>AKTUELLT</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} of {1} within target</source>
            <translation>{0} av {1} inom målet</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>Target: RPO ≤ 2 × copy frequency</source>
            <translation>Mål: RPO ≤ 2 × kopieringsfrekvensen</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} failed over: not counted</source>
            <translation>{0} med redundansväxling: räknas inte</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the recovery site</source>
            <translation>återställningsplatsen</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} at risk: {1} unreachable, changes not replicated</source>
            <translation>{0} i riskzonen: {1} kan inte nås, ändringar replikeras inte</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0}/{1} up</source>
            <translation>{0}/{1} uppe</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>UP</source>
            <translation>UPPE</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>DOWN</source>
            <translation>NERE</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> · VMM disconnected</source>
            <translation> · VMM frånkopplad</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>{0} waiting for an operator</source>
            <translation>{0} väntar på en operatör</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source> (waiting for an operator)</source>
            <translation> (väntar på en operatör)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>no recovery point</source>
            <translation>ingen återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS · {0} OPEN</source>
            <translation>KRITISKA AVISERINGAR · {0} ÖPPNA</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>CRITICAL ALERTS</source>
            <translation>KRITISKA AVISERINGAR</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>(+{0} hosts)</source>
            <translation>(+{0} värdar)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>None open</source>
            <translation>Inga öppna</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures are not current</source>
            <translation>INTE AKTUELLT — replikeringsvärdena är inte uppdaterade</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — replication figures not updated for {0}</source>
            <translation>INTE AKTUELLT — replikeringsvärdena har inte uppdaterats på {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>the control plane cannot read replication status</source>
            <translation>kontrollplanet kan inte läsa replikeringsstatus</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — no data received yet</source>
            <translation>INTE AKTUELLT — inga data har tagits emot än</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>NOT LIVE — showing data from {0} ({1} ago)</source>
            <translation>INTE AKTUELLT — visar data från {0} (för {1} sedan)</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>not connected; retrying every minute</source>
            <translation>inte ansluten; försöker igen varje minut</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting now…</source>
            <translation>återansluter nu…</translation>
        </message>
        <message>
            <location filename="../../app/console/dashboard/window.py" />
            <source>reconnecting in {0}</source>
            <translation>återansluter om {0}</translation>
        </message>
    </context>
    <context>
        <name>DisconnectedBanner</name>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Connection banner</source>
            <translation>Anslutningsbanderoll</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry now</source>
            <translation>Försök igen nu</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Retry connecting now</source>
            <translation>Försök ansluta igen nu</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The tree stays browsable; operations are refused until the connection is back.</source>
            <translation>Trädet går fortfarande att bläddra i; åtgärder nekas tills anslutningen är tillbaka.</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — no data received yet</source>
            <translation>Frånkopplad — inga data har tagits emot än</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Disconnected — showing data from {0} ({1} ago)</source>
            <translation>Frånkopplad — visar data från {0} (för {1} sedan)</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>not retrying</source>
            <translation>inga nya försök</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>reconnecting now…</source>
            <translation>återansluter nu…</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>retrying in {0}</source>
            <translation>nytt försök om {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures are not current</source>
            <translation>Replikeringsvärdena är inte aktuella</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>Replication figures not updated for {0} (since {1})</source>
            <translation>Replikeringsvärdena har inte uppdaterats på {0} (sedan {1})</translation>
        </message>
        <message>
            <location filename="../../app/console/banner.py" />
            <source>The control plane cannot read replication status: the RPO, health and recovery points shown are the last ones read and may be worse now. The connection to the control plane works; its alerts and log say why.</source>
            <translation>Kontrollplanet kan inte läsa replikeringsstatus: RPO, hälsa och återställningspunkter som visas är de senast lästa och kan vara sämre nu. Anslutningen till kontrollplanet fungerar; dess aviseringar och logg visar varför.</translation>
        </message>
    </context>
    <context>
        <name>DrillHistoryDialog</name>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Drill history — Standby</source>
            <translation>Övningshistorik — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Past drills</source>
            <translation>Tidigare övningar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Started</source>
            <translation>Startad</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Recovery plan</source>
            <translation>Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Operator</source>
            <translation>Operatör</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Worst RPO</source>
            <translation>Sämsta RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;PDF report</source>
            <translation>Öppna &amp;PDF-rapport</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open &amp;HTML report</source>
            <translation>Öppna &amp;HTML-rapport</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Continue this drill…</source>
            <translation>&amp;Fortsätt övningen…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Open an unfinished drill where its record stands</source>
            <translation>Öppna en oavslutad övning där dess logg slutar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Loading…</source>
            <translation>Läser in…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot list the drills: {0}</source>
            <translation>Kan inte lista övningarna: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>{0} drill(s).</source>
            <translation>{0} övning(ar).</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No drill yet.</source>
            <translation>Ingen övning än.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Cannot write the report: {0}</source>
            <translation>Kan inte skriva rapporten: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>Opened {0}</source>
            <translation>Öppnade {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/history.py" />
            <source>No application opens {0}; it is saved there.</source>
            <translation>Inget program öppnar {0}; den är sparad där.</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>DR drill report — {0}</source>
            <translation>Rapport från katastrofövning — {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0:.1f} s</source>
            <translation>{0:.1f} s</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>PASSED</source>
            <translation>GODKÄND</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>FAILED</source>
            <translation>UNDERKÄND</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — test failover running</source>
            <translation>PÅGÅR — redundanstest körs</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — verification</source>
            <translation>PÅGÅR — verifiering</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>IN PROGRESS — cleanup running</source>
            <translation>PÅGÅR — rensning körs</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not checked</source>
            <translation>Inte kontrollerad</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Passed</source>
            <translation>Godkänd</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>the disk</source>
            <translation>disken</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system clean (e2fsck after journal replay, on a throw-away copy of the point)</source>
            <translation>{0}: filsystemet är felfritt (e2fsck efter uppspelning av journalen, på en tillfällig kopia av punkten)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system damaged (e2fsck after journal replay)</source>
            <translation>{0}: filsystemet är skadat (e2fsck efter uppspelning av journalen)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: file system not checked (no ext2/3/4 on the whole disk)</source>
            <translation>{0}: filsystemet kontrollerades inte (ingen ext2/3/4 på hela disken)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with no gap</source>
            <translation>{0}: gästens egen sekvenslogg slutar vid skrivning {1}, utan lucka</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0}: the guest's own sequence log ends at write {1}, with gaps</source>
            <translation>{0}: gästens egen sekvenslogg slutar vid skrivning {1}, med luckor</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>intact</source>
            <translation>intakt</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>crash-consistent</source>
            <translation>kraschkonsekvent</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>not consistent</source>
            <translation>inte konsekvent</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>app-consistent</source>
            <translation>appkonsekvent</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} write(s) after the point</source>
            <translation>{0} skrivning(ar) efter punkten</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>{0} (lab auditor)</source>
            <translation>{0} (labbets granskare)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The test VM of {0} did not start.</source>
            <translation>Den virtuella testdatorn för {0} startade inte.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The consistency proof of {0}'s test VM failed.</source>
            <translation>Konsekvensbeviset för den virtuella testdatorn för {0} misslyckades.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Not verified: {0}</source>
            <translation>Inte verifierat: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>The cleanup of {0} did not succeed.</source>
            <translation>Rensningen av {0} lyckades inte.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery plan</source>
            <translation>Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Operator</source>
            <translation>Operatör</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Started</source>
            <translation>Startad</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Ended</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Duration</source>
            <translation>Varaktighet</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RTO (all groups)</source>
            <translation>RTO (alla grupper)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Worst RPO</source>
            <translation>Sämsta RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Drill</source>
            <translation>Övning</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Test failover job</source>
            <translation>Jobb för redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Cleanup job</source>
            <translation>Rensningsjobb</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>VMs</source>
            <translation>Virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RTO</source>
            <translation>RTO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery point used</source>
            <translation>Använd återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof of the test VM</source>
            <translation>Konsekvensbevis för den virtuella testdatorn</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Recovery point times are on the fabric’s clock. RPO: the point’s age when the test failover started.</source>
            <translation>Återställningspunkternas tider följer fabricens klocka. RPO: punktens ålder när redundanstestet startade.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Consistency proof: each estate’s own checks of the point the test VM started from. In the lab, its auditor reads the test VM’s disks block by block against the guest’s write history. On real VMs, e2fsck checks each disk’s file system after replaying its journal, on a throw-away copy of the point (neither the point nor the test VM is written), and where the guest keeps a sequence log, the log found on the disk must have no gap.</source>
            <translation>Konsekvensbevis: miljöns egna kontroller av punkten som den virtuella testdatorn startade från. I labbet läser granskaren testdatorns diskar block för block mot gästens skrivhistorik. På riktiga virtuella datorer kontrollerar e2fsck varje disks filsystem efter att journalen spelats upp, på en tillfällig kopia av punkten (varken punkten eller testdatorn skrivs), och där gästen för en sekvenslogg får loggen på disken inte ha någon lucka.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Verified</source>
            <translation>Verifierad</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>Item</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/report.py" />
            <source>(none yet)</source>
            <translation>(inga än)</translation>
        </message>
    </context>
    <context>
        <name>DrillWindow</name>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>DR drill — Standby</source>
            <translation>Katastrofövning — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Drill clock</source>
            <translation>Övningsklocka</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: pre-checks</source>
            <translation>&amp;Nästa: förkontroller</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Start the test failover</source>
            <translation>&amp;Starta redundanstestet</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover running…</source>
            <translation>Redundanstest körs…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Next: clean up</source>
            <translation>&amp;Nästa: rensa</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>&amp;Clean up and finish</source>
            <translation>&amp;Rensa och avsluta</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Finished</source>
            <translation>Klar</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The control plane refused: {0}</source>
            <translation>Kontrollplanet nekade: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>This vault has no recovery plan yet.</source>
            <translation>Valvet har ingen återställningsplan än.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Checking…</source>
            <translation>Kontrollerar…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Every test VM started in the isolated test network</source>
            <translation>Varje virtuell testdator startade i det isolerade testnätverket</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The applications on the test VMs answer (log in, open a record)</source>
            <translation>Programmen på testdatorerna svarar (logga in, öppna en post)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The test VMs' data is as recent as the plan's RPO target allows</source>
            <translation>Testdatorernas data är så färska som planens RPO-mål tillåter</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No test VM can be reached from the production network</source>
            <translation>Ingen virtuell testdator kan nås från produktionsnätverket</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Starting the test VMs group by group…</source>
            <translation>Startar de virtuella testdatorerna grupp för grupp…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Test failover {0}: {1}</source>
            <translation>Redundanstest {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Not ticked — the drill will be recorded as failed: {0}</source>
            <translation>Inte markerat — övningen registreras som underkänd: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>The drill is recorded: {0}</source>
            <translation>Övningen är registrerad: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Saved as {0} and {1}</source>
            <translation>Sparad som {0} och {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>No application opens {0}.</source>
            <translation>Inget program öppnar {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · not started</source>
            <translation>Plan: {0} · inte startad</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>Plan: {0} · elapsed {1} · RTO {2}</source>
            <translation>Plan: {0} · förfluten tid {1} · RTO {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/window.py" />
            <source>measuring…</source>
            <translation>mäter…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: protected and healthy</source>
            <translation>{0}: skyddad och felfri</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health warning (the drill may go on)</source>
            <translation>{0}: hälsovarning (övningen kan fortsätta)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: health is critical</source>
            <translation>{0}: hälsan är kritisk</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover is not allowed now</source>
            <translation>{0}: ett redundanstest är inte tillåtet nu</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: its recovery host is unreachable (the test VM cannot start)</source>
            <translation>{0}: dess återställningsvärd går inte att nå (test-VM:en kan inte starta)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: a test failover exists already (clean it up first)</source>
            <translation>{0}: det finns redan ett redundanstest (rensa det först)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0}: no longer protected; edit the plan</source>
            <translation>{0}: inte längre skyddad; redigera planen</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>The plan {0} has no VMs</source>
            <translation>Planen {0} har inga virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A job of the plan {0} is running</source>
            <translation>Ett jobb för planen {0} körs</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} is running</source>
            <translation>En övning av planen som {0} startade pågår</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>A drill of this plan by {0} was never finished (left as it was)</source>
            <translation>En övning av planen som {0} startade avslutades aldrig (lämnades som den var)</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>{0} problem(s) stop the drill. Fix them, then check again.</source>
            <translation>{0} problem stoppar övningen. Åtgärda dem och kontrollera igen.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready, with {0} warning(s).</source>
            <translation>Klar, med {0} varning(ar).</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Ready: every VM is protected and healthy.</source>
            <translation>Klar: varje virtuell dator är skyddad och felfri.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>running</source>
            <translation>pågår</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>did not start</source>
            <translation>startade inte</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Group {0}&lt;/b&gt; {1}: {2}</source>
            <translation>&lt;b&gt;Grupp {0}&lt;/b&gt; {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>group {0}: {1}</source>
            <translation>grupp {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>RTO {0} in total ({1})</source>
            <translation>RTO {0} totalt ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>Checklist — {0} of {1} verified</source>
            <translation>Checklista — {0} av {1} verifierade</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/views.py" />
            <source>&lt;b&gt;Waiting for you&lt;/b&gt; — {0}:&lt;br/&gt;{1}</source>
            <translation>&lt;b&gt;Väntar på dig&lt;/b&gt; — {0}:&lt;br/&gt;{1}</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Site</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud</source>
            <translation>Moln</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Network</source>
            <translation>Nätverk</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication policy</source>
            <translation>Replikeringsprincip</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Cloud pairing</source>
            <translation>Molnparkoppling</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Network mapping</source>
            <translation>Nätverksmappning</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Protected item</source>
            <translation>Skyddat objekt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Recovery plan</source>
            <translation>Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Job</source>
            <translation>Jobb</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Alert</source>
            <translation>Avisering</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>DR drill</source>
            <translation>Katastrofövning</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>Replication status</source>
            <translation>Replikeringsstatus</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} removed</source>
            <translation>{0} borttaget</translation>
        </message>
        <message>
            <location filename="../../app/console/models/activity.py" />
            <source>{0} changed</source>
            <translation>{0} ändrat</translation>
        </message>
    </context>
    <context>
        <name>FabricText</name>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Site down</source>
            <translation>Platsen är nere</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Provider disconnected</source>
            <translation>Providern är frånkopplad</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Agent disconnected</source>
            <translation>Agenten är frånkopplad</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Storage low</source>
            <translation>Lite lagringsutrymme</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n critical</source>
            <translation>
                <numerusform>%n kritisk</numerusform>
                <numerusform>%n kritiska</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/console/models/fabric_text.py" />
            <source>%n warning</source>
            <translation>
                <numerusform>%n varning</numerusform>
                <numerusform>%n varningar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Connected · {0}</source>
            <translation>Ansluten · {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>DISCONNECTED since {0}</source>
            <translation>FRÅNKOPPLAD sedan {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO: {0}</source>
            <translation>RPO: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>RPO {0}: target {1}, warning above {2}</source>
            <translation>RPO {0}: mål {1}, varning över {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VMM server {0}, provider {1}
Last heartbeat {2}</source>
            <translation>VMM-server {0}, provider {1}
Senaste pulsslag {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>Replication agent {0}
Last heartbeat {1}</source>
            <translation>Replikeringsagent {0}
Senaste pulsslag {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_text.py" />
            <source>VM {0} ({1}), {2} disk(s)</source>
            <translation>VM {0} ({1}), {2} disk(ar)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Primär</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Återställning</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>Körs</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Av</translation>
        </message>
    </context>
    <context>
        <name>FabricTreeModel</name>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>A site's VMM provider, a host's replication agent: connected or not, and its last heartbeat</source>
            <translation>En plats VMM-provider, en värds replikeringsagent: ansluten eller inte, och dess senaste pulsslag</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Replication</source>
            <translation>Replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Health</source>
            <translation>Hälsa</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Active location</source>
            <translation>Aktiv plats</translation>
        </message>
        <message>
            <location filename="../../app/console/models/fabric_tree.py" />
            <source>Provider / agent</source>
            <translation>Provider/agent</translation>
        </message>
    </context>
    <context>
        <name>FailoverPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test failover</source>
            <translation>Redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Steps of the test failover</source>
            <translation>Steg i redundanstestet</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Step</source>
            <translation>Steg</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Up after</source>
            <translation>Uppe efter</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Manual action &amp;done — continue</source>
            <translation>Manuell åtgärd &amp;klar — fortsätt</translation>
        </message>
    </context>
    <context>
        <name>FlowPage</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Why Next is not possible yet</source>
            <translation>Varför Nästa inte går än</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Reading the current figures from the control plane…</source>
            <translation>Läser aktuella värden från kontrollplanet…</translation>
        </message>
    </context>
    <context>
        <name>FlowWizard</name>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Could not read what this wizard needs: {0}</source>
            <translation>Kunde inte läsa det guiden behöver: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Sending…</source>
            <translation>Skickar…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/wizard.py" />
            <source>Refused: {0}</source>
            <translation>Nekad: {0}</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} s</source>
            <translation>{0} s</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} min {1:02} s</source>
            <translation>{0} min {1:02} s</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} h {1:02} min</source>
            <translation>{0} h {1:02} min</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} d {1} h</source>
            <translation>{0} d {1} h</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free</source>
            <translation>{0} ledigt</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} free of {1} ({2} %)</source>
            <translation>{0} ledigt av {1} ({2} %)</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: not reported</source>
            <translation>Lagring: rapporteras inte</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage low: {0}</source>
            <translation>Lite lagringsutrymme: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Storage: {0}</source>
            <translation>Lagring: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>{0} ago</source>
            <translation>för {0} sedan</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} behind the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>Den här datorns klocka ligger {0} efter kontrollplanets: tider och åldrar visas enligt kontrollplanets klocka.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>This computer's clock is {0} ahead of the control plane's: times and ages are shown on the control plane's clock.</source>
            <translation>Den här datorns klocka ligger {0} före kontrollplanets: tider och åldrar visas enligt kontrollplanets klocka.</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>Not protected</source>
            <translation>Inte skyddad</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover running</source>
            <translation>redundanstest pågår</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleanup pending</source>
            <translation>rensning efter redundanstest väntar</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>test failover cleaning up</source>
            <translation>redundanstest rensas</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none</source>
            <translation>inget</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>no point yet</source>
            <translation>ingen punkt än</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over</source>
            <translation>inget under redundansväxling</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while failed over: nothing replicates the VM until reverse replication starts</source>
            <translation>inget under redundansväxling: inget replikerar den virtuella datorn förrän omvänd replikering startar</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none while the failover runs</source>
            <translation>inget medan redundansväxlingen pågår</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none yet: protection is being enabled</source>
            <translation>inget än: skyddet aktiveras</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: protection is being disabled</source>
            <translation>inget: skyddet inaktiveras</translation>
        </message>
        <message>
            <location filename="../../app/console/formatting.py" />
            <source>none: nothing replicates the VM in this state</source>
            <translation>inget: inget replikerar den virtuella datorn i det här tillståndet</translation>
        </message>
    </context>
    <context>
        <name>GroupsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group / VM</source>
            <translation>Grupp/virtuell dator</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0}: double-click to rename, drag to reorder.</source>
            <translation>Grupp {0}: dubbelklicka för att byta namn, dra för att ändra ordning.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} VM(s)</source>
            <translation>{0} virtuell(a) dator(er)</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} before</source>
            <translation>{0} före</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} after</source>
            <translation>{0} efter</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Group {0} · {1}</source>
            <translation>Grupp {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>Nothing to add.</source>
            <translation>Inget att lägga till.</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
    </context>
    <context>
        <name>HealthGraphs</name>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Health graphs</source>
            <translation>Hälsodiagram</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Throughput</source>
            <translation>Dataflöde</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>Pending</source>
            <translation>Väntande</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>warning above</source>
            <translation>varning över</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/graphs.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
    </context>
    <context>
        <name>HealthText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The primary site is down and the VM still runs there: fail it over.</source>
            <translation>Den primära platsen är nere och VM:en körs fortfarande där: redundansväxla den.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The primary site is down: the VM runs at the recovery site, but nothing replicates back to primary.</source>
            <translation>Den primära platsen är nere: VM:en körs på återställningsplatsen, men inget replikeras tillbaka till den primära.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication lost track of changes: resynchronize the item to protect it again.</source>
            <translation>Replikeringen tappade bort ändringar: synkronisera om objektet för att skydda det igen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection failed: retry it, or disable protection.</source>
            <translation>Det gick inte att aktivera skydd: försök igen, eller inaktivera skyddet.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The failover stopped half-way: retry with an unplanned failover, or cancel it.</source>
            <translation>Redundansväxlingen stannade halvvägs: försök igen med en oplanerad redundans, eller avbryt den.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed: the VM is not protected; retry reverse replication.</source>
            <translation>Omvänd replikering misslyckades: VM:en är inte skyddad; försök med omvänd replikering igen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication is paused: changes are not copied until it is resumed.</source>
            <translation>Replikeringen är pausad: ändringar kopieras inte förrän den återupptas.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{message} Cause: {cause}</source>
            <translation>{message} Orsak: {cause}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica storage on {host} is full: replication is paused; {last}.</source>
            <translation>Replikalagringen på {host} är full: replikeringen är pausad; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: replication is paused; {last}.</source>
            <translation>Källagringen på {host} är full: replikeringen är pausad; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Source storage on {host} is full: the VM is paused, and replication is paused; {last}.</source>
            <translation>Källagringen på {host} är full: VM:en är pausad och replikeringen är pausad; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last good point is {point_time}</source>
            <translation>den senaste fungerande punkten är från {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no recovery point yet</source>
            <translation>det finns ingen återställningspunkt ännu</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery point yet: the data that would be lost is unknown.</source>
            <translation>Ingen återställningspunkt ännu: det är okänt vilka data som skulle gå förlorade.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, far above the {target_seconds} target.</source>
            <translation>RPO är {rpo_seconds}, långt över målet {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>RPO is {rpo_seconds}, over twice the {target_seconds} target.</source>
            <translation>RPO är {rpo_seconds}, över dubbla målet {target_seconds}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The recovery host {host} is unreachable ({why}): changes are not being replicated, and a failover must wait until it returns; {last}.</source>
            <translation>Återställningsvärden {host} kan inte nås ({why}): ändringar replikeras inte, och en redundansväxling måste vänta tills den är tillbaka; {last}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the site {site} is down</source>
            <translation>platsen {site} är nere</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its agent is disconnected</source>
            <translation>dess agent är frånkopplad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the replication link to it is down</source>
            <translation>replikeringslänken dit är nere</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the last point it received is from {point_time}</source>
            <translation>den senaste punkten den tog emot är från {point_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has received no recovery point yet</source>
            <translation>den har ännu inte tagit emot någon återställningspunkt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>{count} replication cycles in a row were missed.</source>
            <translation>{count} replikeringscykler i rad missades.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App-consistent points are not being made: the guest's file systems could not be frozen (is qemu-guest-agent running in the guest?). Its recovery points are crash-consistent.</source>
            <translation>Appkonsekventa punkter skapas inte: gästens filsystem kunde inte frysas (körs qemu-guest-agent i gästen?). Dess återställningspunkter är kraschkonsekventa.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The VM runs on its failed-over copy and nothing protects it: start reverse replication.</source>
            <translation>VM:en körs på sin redundansväxlade kopia och inget skyddar den: starta omvänd replikering.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source host's agent is disconnected: replication can't be tracked.</source>
            <translation>Källvärdens agent är frånkopplad: replikeringen kan inte följas.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>A test failover was not cleaned up: its test VM is still running.</source>
            <translation>Ett redundanstest har inte rensats: dess test-VM körs fortfarande.</translation>
        </message>
    </context>
    <context>
        <name>Hosts</name>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>15 minutes</source>
            <translation>15 minuter</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 hour</source>
            <translation>1 timme</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>8 hours</source>
            <translation>8 timmar</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>7 days</source>
            <translation>7 dagar</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Not connected to the control plane.</source>
            <translation>Inte ansluten till kontrollplanet.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Your token has the viewer role: managing hosts needs an admin token.</source>
            <translation>Din token har rollen läsare: att hantera värdar kräver en administratörstoken.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New site — Standby</source>
            <translation>Ny plats — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;site</source>
            <translation>Skapa &amp;plats</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A site groups the hosts of one place (a data centre, a building). Hosts join it with a registration key; replication pairs a cloud of one site with a cloud of another.</source>
            <translation>En plats samlar värdarna på ett ställe (ett datacenter, en byggnad). Värdar ansluter till den med en registreringsnyckel; replikeringen parar ett moln på en plats med ett moln på en annan.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Stockholm</source>
            <translation>t.ex. Stockholm</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>optional, e.g. Kista data centre</source>
            <translation>valfritt, t.ex. datacentret i Kista</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Location:</source>
            <translation>P&amp;lacering:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the site a name.</source>
            <translation>Ge platsen ett namn.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Site {0} created.</source>
            <translation>Platsen {0} har skapats.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New cloud in {0} — Standby</source>
            <translation>Nytt moln i {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;cloud</source>
            <translation>Skapa &amp;moln</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A cloud is a group of hosts of the site {0}: protection pairs a cloud with a recovery cloud, and hosts can move between the site's clouds.</source>
            <translation>Ett moln är en grupp värdar på platsen {0}: skyddet parar ett moln med ett återställningsmoln, och värdar kan flyttas mellan platsens moln.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>e.g. Gold</source>
            <translation>t.ex. Guld</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Give the cloud a name.</source>
            <translation>Ge molnet ett namn.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cloud {0} created.</source>
            <translation>Molnet {0} har skapats.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Move {0} — Standby</source>
            <translation>Flytta {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move</source>
            <translation>&amp;Flytta</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the cloud {1}. Move it into another cloud of its site:</source>
            <translation>Värden {0} finns i molnet {1}. Flytta den till ett annat moln på dess plats:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host {0} is in the only cloud of its site: create another cloud first (New cloud… on the site).</source>
            <translation>Värden {0} finns i platsens enda moln: skapa först ett till moln (Nytt moln… på platsen).</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud:</source>
            <translation>&amp;Moln:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Choose a cloud.</source>
            <translation>Välj ett moln.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host moved to the cloud {0}.</source>
            <translation>Värden har flyttats till molnet {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Add a host to {0} — Standby</source>
            <translation>Lägg till en värd i {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Create &amp;key</source>
            <translation>Skapa &amp;nyckel</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A registration key lets the agent of one host enroll with the control plane and join the site {0}. It works once and expires; the host receives its certificate from the control plane when it enrolls.</source>
            <translation>Med en registreringsnyckel kan agenten på en värd registrera sig hos kontrollplanet och ansluta till platsen {0}. Den fungerar en gång och går ut; värden får sitt certifikat från kontrollplanet när den registrerar sig.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>A new cloud “{0} hosts”</source>
            <translation>Ett nytt moln ”{0} hosts”</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Cloud the host joins:</source>
            <translation>&amp;Moln som värden ansluter till:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Key &amp;works for:</source>
            <translation>Nyckeln &amp;gäller i:</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>1. Save the key file, then copy it to the host.</source>
            <translation>1. Spara nyckelfilen och kopiera den sedan till värden.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Save key file…</source>
            <translation>&amp;Spara nyckelfil…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>2. On the host, run (as a user that may use libvirt):</source>
            <translation>2. Kör på värden (som en användare som får använda libvirt):</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command to run on the host</source>
            <translation>Kommando att köra på värden</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>C&amp;opy</source>
            <translation>K&amp;opiera</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Copy the command to the clipboard</source>
            <translation>Kopiera kommandot till urklipp</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The host appears under its cloud as soon as its agent has enrolled. --storage is the folder on the host for its replicas and state.</source>
            <translation>Värden visas under sitt moln så snart dess agent har registrerat sig. --storage är mappen på värden för dess repliker och tillstånd.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>This key is shown only now: the control plane keeps no copy of its secret. Save the key file before you close this window; if it is lost, create a new key.</source>
            <translation>Nyckeln visas bara nu: kontrollplanet sparar ingen kopia av dess hemlighet. Spara nyckelfilen innan du stänger fönstret; om den går förlorad, skapa en ny nyckel.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration key created for one host of the site {0} (cloud: {1}). It works once, until {2}.</source>
            <translation>Registreringsnyckel skapad för en värd på platsen {0} (moln: {1}). Den fungerar en gång, till och med {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Command copied to the clipboard.</source>
            <translation>Kommandot har kopierats till urklipp.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Save the registration key</source>
            <translation>Spara registreringsnyckeln</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Registration keys (*.key);;All files (*)</source>
            <translation>Registreringsnycklar (*.key);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Cannot save the key file {0}: {1}</source>
            <translation>Det går inte att spara nyckelfilen {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Saved to {0} (readable by you only). Copy it to the host.</source>
            <translation>Sparad i {0} (läsbar bara för dig). Kopiera den till värden.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The key is not saved</source>
            <translation>Nyckeln är inte sparad</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>The registration key's file is not saved, and it cannot be shown again. Close anyway? (The key then expires unused.)</source>
            <translation>Registreringsnyckelns fil är inte sparad, och den kan inte visas igen. Stänga ändå? (Nyckeln går då ut oanvänd.)</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove the host {0} from the control plane?</source>
            <translation>Ta bort värden {0} från kontrollplanet?</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host and the VMs on it ({0}) leave the inventory.</source>
            <translation>Dess agent nekas från och med då, och värden och de virtuella datorerna på den ({0}) försvinner ur inventeringen.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Its agent is refused from then on, and the host leaves the inventory.</source>
            <translation>Dess agent nekas från och med då, och värden försvinner ur inventeringen.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Nothing is deleted on the host itself. To bring it back, add it again with a new registration key.</source>
            <translation>Ingenting tas bort på själva värden. Lägg till den igen med en ny registreringsnyckel för att få tillbaka den.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Protected VMs that replicate from or to this host: {0}. Their replication stops, and they cannot fail over through it, until the host is added again.</source>
            <translation>Skyddade virtuella datorer som replikerar från eller till den här värden: {0}. Deras replikering stoppas, och de kan inte redundansväxlas via den förrän värden har lagts till igen.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>No protected VM replicates from or to this host.</source>
            <translation>Ingen skyddad virtuell dator replikerar från eller till den här värden.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Remove host {0} — Standby</source>
            <translation>Ta bort värden {0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host</source>
            <translation>&amp;Ta bort värd</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Refused: {0}</source>
            <translation>Nekad: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>Host {0} removed.</source>
            <translation>Värden {0} har tagits bort.</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Add a host…</source>
            <translation>&amp;Lägg till en värd…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;cloud…</source>
            <translation>Nytt &amp;moln…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Move to cloud…</source>
            <translation>&amp;Flytta till moln…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>&amp;Remove host…</source>
            <translation>&amp;Ta bort värd…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>New &amp;site…</source>
            <translation>Ny &amp;plats…</translation>
        </message>
        <message>
            <location filename="../../app/console/hosts.py" />
            <source>F&amp;abric</source>
            <translation>&amp;Infrastruktur</translation>
        </message>
    </context>
    <context>
        <name>JobText</name>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>{0} (recovery plan)</source>
            <translation>{0} (återställningsplan)</translation>
        </message>
        <message>
            <location filename="../../app/console/job_text.py" />
            <source>Cancelled by an operator.</source>
            <translation>Avbrutet av en operatör.</translation>
        </message>
    </context>
    <context>
        <name>JobsModel</name>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Operation</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Progress</source>
            <translation>Förlopp</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Started by</source>
            <translation>Startad av</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Duration</source>
            <translation>Varaktighet</translation>
        </message>
        <message>
            <location filename="../../app/console/models/jobs.py" />
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Aktivera skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Inaktivera skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Redundanstest</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Rensning efter redundanstest</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Planerad redundans</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Oplanerad redundans</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Etablera</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Byt återställningspunkt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Avbryt redundansväxling</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omvänd replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Återställning efter fel</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Synkronisera om</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausa replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Återuppta replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>Inte startad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Lyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Misslyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Avbruten</translation>
        </message>
    </context>
    <context>
        <name>JobsPane</name>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Jobs</source>
            <translation>Jobb</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Select a job to see its steps.</source>
            <translation>Markera ett jobb för att se dess steg.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Job steps</source>
            <translation>Jobbsteg</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Step</source>
            <translation>Steg</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Progress</source>
            <translation>Förlopp</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel job</source>
            <translation>Avbryt jobb</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume</source>
            <translation>Återuppta</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart</source>
            <translation>Starta om</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Open plan view</source>
            <translation>Öppna planvy</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Follow this plan job group by group</source>
            <translation>Följ planjobbet grupp för grupp</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>{0} of {1} — {2}, started by {3}</source>
            <translation>{0} av {1} — {2}, startad av {3}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Not connected to the control plane.</source>
            <translation>Inte ansluten till kontrollplanet.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>This job does not allow that now.</source>
            <translation>Jobbet tillåter inte det just nu.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancelling the job…</source>
            <translation>Avbryter jobbet…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Cancel: accepted.</source>
            <translation>Avbryt: godtaget.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resuming the job…</source>
            <translation>Återupptar jobbet…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Resume: accepted.</source>
            <translation>Återuppta: godtaget.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restarting the job…</source>
            <translation>Startar om jobbet…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Restart: accepted.</source>
            <translation>Starta om: godtaget.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Sending {0}…</source>
            <translation>Skickar {0}…</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>Accepted.</source>
            <translation>Godtaget.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <source>The control plane refused: {0}</source>
            <translation>Kontrollplanet nekade: {0}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection</source>
            <translation>Aktivera skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disable protection</source>
            <translation>Inaktivera skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test failover</source>
            <translation>Redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>Test failover cleanup</source>
            <translation>Rensning efter redundanstest</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Planned failover</source>
            <translation>Planerad redundans</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Unplanned failover</source>
            <translation>Oplanerad redundans</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit</source>
            <translation>Etablera</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change recovery point</source>
            <translation>Byt återställningspunkt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel failover</source>
            <translation>Avbryt redundansväxling</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omvänd replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback</source>
            <translation>Återställning efter fel</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize</source>
            <translation>Synkronisera om</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausa replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Återuppta replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not started</source>
            <translation>Inte startad</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/jobs_pane.py" />
            <location filename=".dynamic_strings.py" />
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Succeeded</source>
            <translation>Lyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed</source>
            <translation>Misslyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancelled</source>
            <translation>Avbruten</translation>
        </message>
    </context>
    <context>
        <name>LabMenu</name>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Lab</source>
            <translation>&amp;Labb</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Sites</source>
            <translation>&amp;Platser</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Replication &amp;link</source>
            <translation>Replikerings&amp;länk</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Guest &amp;write rate</source>
            <translation>Gästens &amp;skrivtakt</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Take {0} &amp;down</source>
            <translation>Ta &amp;ned {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is down.</source>
            <translation>Labb: platsen {0} är nere.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Bring {0} back &amp;up</source>
            <translation>Ta &amp;upp {0} igen</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: site {0} is up again.</source>
            <translation>Labb: platsen {0} är uppe igen.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Cut the link between the sites</source>
            <translation>&amp;Bryt länken mellan platserna</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is cut.</source>
            <translation>Labb: länken mellan platserna är bruten.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>&amp;Restore the link at full speed</source>
            <translation>&amp;Återställ länken med full hastighet</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is restored at full speed.</source>
            <translation>Labb: länken mellan platserna är återställd med full hastighet.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Limit to {0} Mbit/s</source>
            <translation>Begränsa till {0} Mbit/s</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: the link between the sites is limited to {0} Mbit/s.</source>
            <translation>Labb: länken mellan platserna är begränsad till {0} Mbit/s.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Select a VM in the fabric tree first</source>
            <translation>Markera först en VM i infrastrukturträdet</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: idle (no writes)</source>
            <translation>{0}: vilande (inga skrivningar)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: normal (5 writes/s)</source>
            <translation>{0}: normal (5 skrivningar/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: busy (50 writes/s)</source>
            <translation>{0}: upptagen (50 skrivningar/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>{0}: heavy (500 writes/s)</source>
            <translation>{0}: hög belastning (500 skrivningar/s)</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>Lab: {0} now writes {1} times a second.</source>
            <translation>Labb: {0} skriver nu {1} gånger per sekund.</translation>
        </message>
        <message>
            <location filename="../../app/console/lab_menu.py" />
            <source>The lab refused: {0}</source>
            <translation>Labbet vägrade: {0}</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>&amp;Language</source>
            <translation>Sp&amp;råk</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>System default ({0})</source>
            <translation>Systemets standard ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>The console speaks {0} from its next start.</source>
            <translation>Konsolen använder {0} från nästa start.</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Standby</source>
            <translation>Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Filter the fabric tree</source>
            <translation>Filtrera infrastrukturträdet</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Filter (Ctrl+F): name, or health:critical, state:paused</source>
            <translation>Filter (Ctrl+F): namn, eller health:critical, state:paused</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric tree</source>
            <translation>Infrastrukturträd</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Data is not live</source>
            <translation>Data är inte aktuella</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Select a site, cloud, host or VM to see its details.</source>
            <translation>Markera en plats, ett moln, en värd eller en virtuell dator för att se detaljer.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Jobs</source>
            <translation>&amp;Jobb</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts</source>
            <translation>A&amp;viseringar</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Ac&amp;tivity</source>
            <translation>Ak&amp;tivitet</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Connection state</source>
            <translation>Anslutningsstatus</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Reverse replicating</source>
            <translation>Omvänd replikering pågår</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Storage low · 12 warning</source>
            <translation>Lite lagringsutrymme · 12 varning</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Recovery</source>
            <translation>Återställning</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Connect to…</source>
            <translation>A&amp;nslut till…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Notifications…</source>
            <translation>&amp;Notifieringar…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Sök…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Fabric &amp;tree</source>
            <translation>Infrastruktur&amp;träd</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Alerts</source>
            <translation>A&amp;viseringar</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;ctivity</source>
            <translation>A&amp;ktivitet</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>E&amp;xpand all</source>
            <translation>&amp;Expandera alla</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>C&amp;ollapse all</source>
            <translation>&amp;Fäll ihop alla</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Översikt</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>&amp;Operations</source>
            <translation>&amp;Åtgärder</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations on the &amp;selection…</source>
            <translation>Åtgärder för &amp;markeringen…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refreshing…</source>
            <translation>Uppdaterar…</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Operations apply to VMs.</source>
            <translation>Åtgärder gäller virtuella datorer.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Refused: {0}</source>
            <translation>Nekad: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0}: job {1} started.</source>
            <translation>{0}: jobb {1} har startats.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Connected</source>
            <translation>● Ansluten</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Reconnecting</source>
            <translation>● Återansluter</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>● Offline</source>
            <translation>● Frånkopplad</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the last known state, shown greyed until the connection is back.</source>
            <translation>Inte aktuellt: senast kända tillstånd, nedtonat tills anslutningen är tillbaka.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live: the replication figures are the last ones read, shown greyed until the control plane reads replication status again.</source>
            <translation>Inte aktuellt: replikeringsvärdena är de senast lästa, nedtonade tills kontrollplanet kan läsa replikeringsstatus igen.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Vault: {0}</source>
            <translation>Valv: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>{0} — Standby</source>
            <translation>{0} — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>viewer</source>
            <translation>läsare</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>operator or admin</source>
            <translation>operatör eller administratör</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>admin</source>
            <translation>administratör</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>role unknown</source>
            <translation>okänd roll</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Profile: {0} ({1})</source>
            <translation>Profil: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Live; last change {0}</source>
            <translation>Aktuellt; senaste ändring {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — replication figures as of {0} ({1} ago): the control plane cannot read replication status. Health, RPO and recovery points may have changed since.</source>
            <translation>Inte aktuellt — replikeringsvärden från kl. {0} (för {1} sedan): kontrollplanet kan inte läsa replikeringsstatus. Hälsa, RPO och återställningspunkter kan ha ändrats sedan dess.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — the control plane cannot read replication status. Health, RPO and recovery points may have changed.</source>
            <translation>Inte aktuellt — kontrollplanet kan inte läsa replikeringsstatus. Hälsa, RPO och återställningspunkter kan ha ändrats.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — last known state as of {0} ({1} ago). Health, RPO and figures may have changed since.</source>
            <translation>Inte aktuellt — senast kända tillstånd kl. {0} (för {1} sedan). Hälsa, RPO och värden kan ha ändrats sedan dess.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Not live — no data received yet.</source>
            <translation>Inte aktuellt — inga data har tagits emot än.</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} behind the control plane</source>
            <translation>Klockan {0} efter kontrollplanet</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>Clock {0} ahead of the control plane</source>
            <translation>Klockan {0} före kontrollplanet</translation>
        </message>
        <message>
            <location filename="../../app/console/main_window.py" />
            <source>A&amp;lerts ({0})</source>
            <translation>A&amp;viseringar ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>&amp;DR drill…</source>
            <translation>&amp;Katastrofövning…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/menu.py" />
            <source>Drill &amp;history…</source>
            <translation>Övnings&amp;historik…</translation>
        </message>
    </context>
    <context>
        <name>ManualActionBanner</name>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action</source>
            <translation>Manuell åtgärd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Done — resume</source>
            <translation>Klar — återuppta</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>Manual action done: resume the plan</source>
            <translation>Manuell åtgärd klar: återuppta planen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/manual_banner.py" />
            <source>The plan waits for you — group {0}: {1}</source>
            <translation>Planen väntar på dig — grupp {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MultiField</name>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>Select all shown</source>
            <translation>Markera alla som visas</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source>{0} of {1} selected</source>
            <translation>{0} av {1} markerade</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/fields.py" />
            <source> · {0} shown</source>
            <translation> · {0} visas</translation>
        </message>
    </context>
    <context>
        <name>NotificationsDialog</name>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan</source>
            <translation>Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Raised</source>
            <translation>Utlöst</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>More severe</source>
            <translation>Allvarligare</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Resolved</source>
            <translation>Löst</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivered</source>
            <translation>Levererad</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Failed</source>
            <translation>Misslyckades</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet from</source>
            <translation>Tyst från</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet until</source>
            <translation>Tyst till</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time zone</source>
            <translation>Tidszon</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret</source>
            <translation>Signeringshemlighet</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server</source>
            <translation>SMTP-server</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security</source>
            <translation>Säkerhet</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notifications — Standby</source>
            <translation>Notifieringar — Standby</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Alerts reach people who are not watching the console: each rule sends the alerts of at least its severity to a webhook or by e-mail.</source>
            <translation>Aviseringar når personer som inte tittar på konsolen: varje regel skickar aviseringarna med minst dess allvarlighetsgrad till en webhook eller via e-post.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules</source>
            <translation>Notifieringsregler</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;New rule</source>
            <translation>&amp;Ny regel</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Delivery log</source>
            <translation>Leveranslogg</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Attempts</source>
            <translation>Försök</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Last error</source>
            <translation>Senaste fel</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e.g. On-call engineer</source>
            <translation>t.ex. Jourhavande tekniker</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Name:</source>
            <translation>Namn:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send notifications for this rule</source>
            <translation>Skicka notifieringar för den här regeln</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>At least:</source>
            <translation>Minst:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Site:</source>
            <translation>Plats:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Recovery plan:</source>
            <translation>Återställningsplan:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Hold notifications during quiet hours</source>
            <translation>Håll inne notifieringar under tysta timmar</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Quiet hours:</source>
            <translation>Tysta timmar:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>An IANA time zone name, e.g. Europe/Stockholm</source>
            <translation>Ett IANA-tidszonsnamn, t.ex. Europe/Stockholm</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>from</source>
            <translation>från</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>until</source>
            <translation>till</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Webhook (signed JSON POST)</source>
            <translation>Webhook (signerad JSON POST)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>E-mail (SMTP)</source>
            <translation>E-post (SMTP)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send by:</source>
            <translation>Skicka via:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Send a &amp;test</source>
            <translation>Skicka ett &amp;test</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Save the rule if it changed, then send a test through it</source>
            <translation>Spara regeln om den ändrats och skicka sedan ett test genom den</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Signing secret:</source>
            <translation>Signeringshemlighet:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Each POST is signed: its X-Standby-Signature header is sha256= and the HMAC-SHA256, keyed with this secret, of the X-Standby-Timestamp header, a dot and the body.</source>
            <translation>Varje POST signeras: dess X-Standby-Signature-huvud är sha256= och HMAC-SHA256, med den här hemligheten som nyckel, av X-Standby-Timestamp-huvudet, en punkt och innehållet.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>port</source>
            <translation>port</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>SMTP server:</source>
            <translation>SMTP-server:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (port 587)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>TLS (port 465)</source>
            <translation>TLS (port 465)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>None (no login)</source>
            <translation>Ingen (ingen inloggning)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Security:</source>
            <translation>Säkerhet:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Username:</source>
            <translation>Användarnamn:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Password:</source>
            <translation>Lösenord:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>From:</source>
            <translation>Från:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>oncall@example.net, dr-team@example.net</source>
            <translation>jour@example.net, dr-team@example.net</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>To:</source>
            <translation>Till:</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any site</source>
            <translation>Alla platser</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Any recovery plan</source>
            <translation>Alla återställningsplaner</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Stored — leave empty to keep it</source>
            <translation>Sparad — lämna tomt för att behålla den</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Notification rules are managed with an administrator's token; this connection's token may not read or change them.</source>
            <translation>Notifieringsregler hanteras med en administratörs token; den här anslutningens token får inte läsa eller ändra dem.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot list the notification rules: {0}</source>
            <translation>Kan inte lista notifieringsreglerna: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>No rules yet: fill in the form and save it.</source>
            <translation>Inga regler ännu: fyll i formuläret och spara det.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>webhook</source>
            <translation>webhook</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>e-mail to {0}</source>
            <translation>e-post till {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} (off)</source>
            <translation>{0} (av)</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>{0} and worse, {1}</source>
            <translation>{0} och allvarligare, {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Cannot read the delivery log: {0}</source>
            <translation>Kan inte läsa leveransloggen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not saved: {0}</source>
            <translation>Inte sparad: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Saved the rule {0}.</source>
            <translation>Regeln {0} sparades.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Sending a test through {0}…</source>
            <translation>Skickar ett test genom {0}…</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test could not be sent: {0}</source>
            <translation>Testet kunde inte skickas: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was delivered through {0}.</source>
            <translation>Testet levererades genom {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>The test was not delivered: {0}</source>
            <translation>Testet levererades inte: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Not deleted: {0}</source>
            <translation>Inte borttagen: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/notifications.py" />
            <source>Deleted the rule {0}.</source>
            <translation>Regeln {0} togs bort.</translation>
        </message>
    </context>
    <context>
        <name>OperationReason</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failback brings a VM back to its primary site; this one already runs there.</source>
            <translation>Återställning efter fel flyttar tillbaka en virtuell dator till dess primära plats; den här körs redan där.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a cleanup is already running</source>
            <translation>en rensning pågår redan</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a committed failover can't be cancelled — reverse replicate, then fail back</source>
            <translation>en etablerad redundans kan inte avbrytas — kör omvänd replikering och sedan återställning efter fel</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failed-over item (committed or not) or a failed reverse replication to retry</source>
            <translation>ett redundansväxlat objekt (etablerat eller inte) eller en misslyckad omvänd replikering att försöka igen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a failover that is not committed (failed-over or failover-failed)</source>
            <translation>en redundans som inte är etablerad (redundansväxlad eller misslyckad redundansväxling)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a paused item</source>
            <translation>ett pausat objekt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item</source>
            <translation>ett skyddat objekt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected item running at the recovery site</source>
            <translation>ett skyddat objekt som körs på återställningsplatsen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or paused item</source>
            <translation>ett skyddat eller pausat objekt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a protected or replicating item with no failover pending</source>
            <translation>ett skyddat eller replikerande objekt utan väntande redundansväxling</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a replica with a recovery point to start from</source>
            <translation>en replik med en återställningspunkt att starta från</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization can't be paused half-way — let it finish</source>
            <translation>en omsynkronisering kan inte pausas halvvägs — låt den bli klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a resynchronization is already running</source>
            <translation>en omsynkronisering pågår redan</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaiting cleanup</source>
            <translation>ett redundanstest som väntar på rensning</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover awaits cleanup: clean it up first</source>
            <translation>ett redundanstest väntar på rensning: rensa det först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is being cleaned up: wait for that to finish</source>
            <translation>ett redundanstest rensas: vänta tills det är klart</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>a test failover is running on this item: wait for it to finish</source>
            <translation>ett redundanstest körs på objektet: vänta tills det är klart</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an initial copy can't be paused half-way — let it finish or disable protection</source>
            <translation>en första kopia kan inte pausas halvvägs — låt den bli klar eller inaktivera skyddet</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is failed over and not yet committed</source>
            <translation>ett objekt som är redundansväxlat men ännu inte etablerat</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an item that is resync-required or protected</source>
            <translation>ett objekt som kräver omsynkronisering eller är skyddat</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>an unprotected item (or a failed enable to retry)</source>
            <translation>ett oskyddat objekt (eller en misslyckad aktivering att försöka igen)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>clean up the previous drill first</source>
            <translation>rensa efter den förra övningen först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleaning-up</source>
            <translation>rensas</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>cleanup-pending</source>
            <translation>väntar på rensning</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit discarded the other recovery points</source>
            <translation>etableringen tog bort de andra återställningspunkterna</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit it and start reverse replication first</source>
            <translation>etablera den och starta omvänd replikering först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>commit or cancel the failover first</source>
            <translation>etablera eller avbryt redundansväxlingen först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>disabling-protection</source>
            <translation>inaktiverar skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable protection first</source>
            <translation>aktivera skydd först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enable-protection-failed</source>
            <translation>aktivering av skydd misslyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>enabling-protection</source>
            <translation>aktiverar skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failed-over</source>
            <translation>redundansväxlat</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-committed</source>
            <translation>redundans etablerad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-failed</source>
            <translation>redundansväxlingen misslyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>failover-in-progress</source>
            <translation>redundansväxling pågår</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>initial-replication</source>
            <translation>inledande replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it already runs on the replica — commit or cancel it</source>
            <translation>den körs redan på repliken — etablera eller avbryt redundansen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it has no recovery point yet — wait for initial replication to finish</source>
            <translation>den har ingen återställningspunkt än — vänta tills den inledande replikeringen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is already paused</source>
            <translation>den är redan pausad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not paused</source>
            <translation>den är inte pausad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>it is not protected</source>
            <translation>den är inte skyddad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>its recovery points may be stale — resynchronize it first</source>
            <translation>dess återställningspunkter kan vara inaktuella — synkronisera om först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>no other drill on this item</source>
            <translation>ingen annan övning på objektet</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>none</source>
            <translation>inget</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>not-protected</source>
            <translation>inte skyddat</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>paused</source>
            <translation>pausat</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protected</source>
            <translation>skyddat</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is already enabled</source>
            <translation>skyddet är redan aktiverat</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>protection is being disabled</source>
            <translation>skyddet håller på att inaktiveras</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resume replication first</source>
            <translation>återuppta replikeringen först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resync-required</source>
            <translation>omsynkronisering krävs</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronize it first</source>
            <translation>synkronisera om först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>resynchronizing</source>
            <translation>synkroniseras om</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry enabling protection first</source>
            <translation>försök aktivera skyddet igen först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry reverse replication first</source>
            <translation>försök med omvänd replikering igen först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>retry with an unplanned failover, or cancel the failover</source>
            <translation>försök igen med en oplanerad redundans, eller avbryt redundansväxlingen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replicating</source>
            <translation>omvänd replikering pågår</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>reverse-replication-failed</source>
            <translation>omvänd replikering misslyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>running</source>
            <translation>pågår</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>start reverse replication first</source>
            <translation>starta omvänd replikering först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover did not finish — retry it as an unplanned failover, or cancel it</source>
            <translation>redundansväxlingen blev inte klar — försök igen som oplanerad redundans, eller avbryt redundansväxlingen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the failover is already committed</source>
            <translation>redundansen är redan etablerad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy yet — wait for reverse replication to finish</source>
            <translation>den andra platsen har ingen fullständig kopia än — vänta tills den omvända replikeringen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no complete copy — retry reverse replication first</source>
            <translation>den andra platsen har ingen fullständig kopia — försök med omvänd replikering igen först</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>the other site has no replica until reverse replication</source>
            <translation>den andra platsen har ingen replik förrän vid omvänd replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no failover to reverse</source>
            <translation>det finns ingen redundansväxling att vända</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is no uncommitted failover</source>
            <translation>det finns ingen oetablerad redundansväxling</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>there is nothing to clean up</source>
            <translation>det finns inget att rensa</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for initial replication to finish</source>
            <translation>vänta tills den inledande replikeringen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be disabled</source>
            <translation>vänta tills skyddet har inaktiverats</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for protection to be enabled</source>
            <translation>vänta tills skyddet har aktiverats</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for resynchronization to finish</source>
            <translation>vänta tills omsynkroniseringen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for reverse replication to finish</source>
            <translation>vänta tills den omvända replikeringen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the cleanup to finish</source>
            <translation>vänta tills rensningen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the failover to finish</source>
            <translation>vänta tills redundansväxlingen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the running drill to finish</source>
            <translation>vänta tills den pågående övningen är klar</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>wait for the test failover to finish first</source>
            <translation>vänta tills redundanstestet är klart först</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; its test failover is {2}: {3}.</source>
            <translation>”{0}” kräver {1}; dess redundanstest är ”{2}”: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}: {3}.</source>
            <translation>”{0}” kräver {1}; dess tillstånd är ”{2}”: {3}.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} needs {1}; this one is {2}.</source>
            <translation>”{0}” kräver {1}; dess tillstånd är ”{2}”.</translation>
        </message>
        <message>
            <location filename="../../app/console/i18n.py" />
            <source>{0} can't run while {1}.</source>
            <translation>”{0}” kan inte köras nu: {1}.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan name</source>
            <translation>Plannamn</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>e.g. ERP estate</source>
            <translation>t.ex. ERP-miljön</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Plan &amp;name:</source>
            <translation>Plan&amp;namn:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>What the plan recovers, and who owns it</source>
            <translation>Vad planen återställer, och vem som äger den</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Description:</source>
            <translation>&amp;Beskrivning:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Why the plan cannot be saved</source>
            <translation>Varför planen inte kan sparas</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane's answer</source>
            <translation>Kontrollplanets svar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs — drag into a group</source>
            <translation>Skyddade virtuella datorer — dra till en grupp</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter the protected VMs</source>
            <translation>Filtrera de skyddade virtuella datorerna</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Filter by name</source>
            <translation>Filtrera på namn</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Protected VMs</source>
            <translation>Skyddade virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Add to group →</source>
            <translation>&amp;Lägg till i grupp →</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add the selected VMs to the selected group</source>
            <translation>Lägg till de markerade virtuella datorerna i den markerade gruppen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>No protected VMs yet: protect VMs first, then add them here.</source>
            <translation>Inga skyddade virtuella datorer än: skydda virtuella datorer först och lägg sedan till dem här.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups run in order; the VMs of a group in parallel</source>
            <translation>Grupperna körs i ordning; en grupps virtuella datorer parallellt</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Groups of the plan</source>
            <translation>Planens grupper</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>+ &amp;Group</source>
            <translation>+ &amp;Grupp</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Add a group at the end</source>
            <translation>Lägg till en grupp sist</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▲ &amp;Up</source>
            <translation>▲ &amp;Upp</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group earlier</source>
            <translation>Kör den markerade gruppen tidigare</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>▼ D&amp;own</source>
            <translation>▼ &amp;Ned</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Run the selected group later</source>
            <translation>Kör den markerade gruppen senare</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Remove the selected VM or group</source>
            <translation>Ta bort den markerade virtuella datorn eller gruppen</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select the group to add the VMs to.</source>
            <translation>Markera gruppen som de virtuella datorerna ska läggas till i.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Select VMs in the list first.</source>
            <translation>Markera virtuella datorer i listan först.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>… and {0} more</source>
            <translation>… och {0} till</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Cannot save yet:</source>
            <translation>Kan inte spara än:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>new plan</source>
            <translation>ny plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>New recovery plan — {0}{1}</source>
            <translation>Ny återställningsplan — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Recovery plan — {0}{1}</source>
            <translation>Återställningsplan — {0}{1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The control plane refused the plan:</source>
            <translation>Kontrollplanet nekade planen:</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Saved.</source>
            <translation>Sparad.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor.py" />
            <source>The plan has changes that are not saved. Close and discard them?</source>
            <translation>Planen har ändringar som inte sparats. Stänga och ignorera dem?</translation>
        </message>
    </context>
    <context>
        <name>PlanMenu</name>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>Recovery &amp;plans</source>
            <translation>Återställnings&amp;planer</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;New plan…</source>
            <translation>&amp;Ny plan…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Edit plan</source>
            <translation>&amp;Redigera plan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>&amp;Follow a plan job</source>
            <translation>&amp;Följ ett planjobb</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No recovery plans yet</source>
            <translation>Inga återställningsplaner än</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0}  ({1})</source>
            <translation>{0}  ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>No plan jobs</source>
            <translation>Inga planjobb</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/menu.py" />
            <source>{0} of {1} — {2}</source>
            <translation>{0} för {1} — {2}</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Choose the recovery plan to drill</source>
            <translation>Välj återställningsplanen att öva</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>The drill starts a test failover of every VM of the plan into the isolated test network. Replication goes on; production is not touched.</source>
            <translation>Övningen startar ett redundanstest av varje virtuell dator i planen i det isolerade testnätverket. Replikeringen fortsätter; produktionen påverkas inte.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery plan</source>
            <translation>Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Recovery plan:</source>
            <translation>&amp;Återställningsplan:</translation>
        </message>
    </context>
    <context>
        <name>PlanRules</name>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs a name.</source>
            <translation>Planen behöver ett namn.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The name is longer than {0} characters.</source>
            <translation>Namnet är längre än {0} tecken.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A recovery plan named '{0}' exists already.</source>
            <translation>Det finns redan en återställningsplan med namnet '{0}'.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The description is longer than 2000 characters.</source>
            <translation>Beskrivningen är längre än 2000 tecken.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>The plan needs at least one group.</source>
            <translation>Planen behöver minst en grupp.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>A plan has at most {0} groups.</source>
            <translation>En plan har högst {0} grupper.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}</source>
            <translation>Grupp {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0} needs a name.</source>
            <translation>{0} behöver ett namn.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>not a protected item: protect it first</source>
            <translation>inte ett skyddat objekt: skydda det först</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is not a protected item; protect it first.</source>
            <translation>{0}: {1} är inte ett skyddat objekt; skydda det först.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>in group {0} already: a VM goes in one group only</source>
            <translation>redan i grupp {0}: en virtuell dator får bara finnas i en grupp</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: {1} is in group {2} already; a VM goes in one group only.</source>
            <translation>{0}: {1} finns redan i grupp {2}; en virtuell dator får bara finnas i en grupp.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Add at least one protected VM to a group.</source>
            <translation>Lägg till minst en skyddad virtuell dator i en grupp.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>an action</source>
            <translation>en åtgärd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: an action needs a name.</source>
            <translation>{0}: en åtgärd behöver ett namn.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: script '{1}' needs a command.</source>
            <translation>{0}: skriptet '{1}' behöver ett kommando.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the command of '{1}' is too long.</source>
            <translation>{0}: kommandot för '{1}' är för långt.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the timeout of '{1}' must be 1 s to 24 h.</source>
            <translation>{0}: tidsgränsen för '{1}' måste vara 1 s till 24 h.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: manual step '{1}' needs instructions for the operator.</source>
            <translation>{0}: det manuella steget '{1}' behöver instruktioner till operatören.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>{0}: the instructions of '{1}' are too long.</source>
            <translation>{0}: instruktionerna för '{1}' är för långa.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Group {0}: {1}</source>
            <translation>Grupp {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Script {0}</source>
            <translation>Skript {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/rules.py" />
            <source>Manual step {0}</source>
            <translation>Manuellt steg {0}</translation>
        </message>
    </context>
    <context>
        <name>PlanRunView</name>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Groups, VMs and steps of the plan job</source>
            <translation>Grupper, virtuella datorer och steg i planjobbet</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group / VM / step</source>
            <translation>Grupp/virtuell dator/steg</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started</source>
            <translation>Startad</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Duration</source>
            <translation>Varaktighet</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Detail</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel plan job</source>
            <translation>Avbryt planjobb</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel the plan job</source>
            <translation>Avbryt planjobbet</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Close this view; the job goes on</source>
            <translation>Stäng vyn; jobbet fortsätter</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Could not read the job: {0}</source>
            <translation>Kunde inte läsa jobbet: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} of plan {1} — {2}</source>
            <translation>{0} för planen {1} — {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Recovery plan job</source>
            <translation>Jobb för återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for the job to arrive…</source>
            <translation>Väntar på att jobbet ska komma…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Started by {0}</source>
            <translation>Startat av {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>, at {0}</source>
            <translation>, vid {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Job {0}</source>
            <translation>Jobb {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The job has ended: {0}.</source>
            <translation>Jobbet har avslutats: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Group {0}</source>
            <translation>Grupp {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Before</source>
            <translation>Före</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>After</source>
            <translation>Efter</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>script</source>
            <translation>skript</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>manual</source>
            <translation>manuell</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>{0} ({1}): {2}</source>
            <translation>{0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>VMs in parallel ({0})</source>
            <translation>Virtuella datorer parallellt ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not started</source>
            <translation>Inte startad</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Waiting for you</source>
            <translation>Väntar på dig</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Succeeded</source>
            <translation>Lyckades</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Failed</source>
            <translation>Misslyckades</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelled</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not run</source>
            <translation>Inte körd</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Not connected to the control plane.</source>
            <translation>Inte ansluten till kontrollplanet.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resuming the plan…</source>
            <translation>Återupptar planen…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancelling the plan job…</source>
            <translation>Avbryter planjobbet…</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>The control plane refused: {0}</source>
            <translation>Kontrollplanet nekade: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Resumed: the plan goes on.</source>
            <translation>Återupptagen: planen fortsätter.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/run_view.py" />
            <source>Cancel requested: the job stops at its next step.</source>
            <translation>Avbrott begärt: jobbet stoppar vid nästa steg.</translation>
        </message>
    </context>
    <context>
        <name>ProtectedVmsModel</name>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}  — in group {1}</source>
            <translation>{0}  — i grupp {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0}: {1}. Drag it into a group.</source>
            <translation>{0}: {1}. Dra den till en grupp.</translation>
        </message>
        <message>
            <location filename="../../app/console/plans/editor_models.py" />
            <source>{0} is in group {1} already; a VM goes in one group only.</source>
            <translation>{0} finns redan i grupp {1}; en virtuell dator får bara finnas i en grupp.</translation>
        </message>
    </context>
    <context>
        <name>ReplicationState</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Not protected</source>
            <translation>Inte skyddad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enabling protection</source>
            <translation>Aktiverar skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Inledande replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Protected</source>
            <translation>Skyddad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resync required</source>
            <translation>Omsynkronisering krävs</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronizing</source>
            <translation>Synkroniserar om</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Paused</source>
            <translation>Pausad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover in progress</source>
            <translation>Redundansväxling pågår</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failed over</source>
            <translation>Redundansväxlad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover committed</source>
            <translation>Redundans etablerad</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replicating</source>
            <translation>Omvänd replikering pågår</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Disabling protection</source>
            <translation>Inaktiverar skydd</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Enable protection failed</source>
            <translation>Aktivering av skydd misslyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover failed</source>
            <translation>Redundansväxlingen misslyckades</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication failed</source>
            <translation>Omvänd replikering misslyckades</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill report</source>
            <translation>Övningsrapport</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;PDF</source>
            <translation>Öppna &amp;PDF</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open &amp;HTML</source>
            <translation>Öppna &amp;HTML</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Open the &amp;folder</source>
            <translation>Öppna &amp;mappen</translation>
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Drill steps</source>
            <translation>Övningssteg</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>1. Recovery plan</source>
            <translation>1. Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>2. Pre-checks</source>
            <translation>2. Förkontroller</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>3. Test failover</source>
            <translation>3. Redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>4. Verify</source>
            <translation>4. Verifiera</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>5. Clean up</source>
            <translation>5. Rensa</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>6. Report</source>
            <translation>6. Rapport</translation>
        </message>
    </context>
    <context>
        <name>StepText</name>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source VM</source>
            <translation>Stäng av käll-VM:en</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replicate the last changes</source>
            <translation>Replikera de senaste ändringarna</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica</source>
            <translation>Starta repliken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the test VM from a recovery point</source>
            <translation>Starta test-VM:en från en återställningspunkt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Remove the test VM</source>
            <translation>Ta bort test-VM:en</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the source and replicate (best effort)</source>
            <translation>Stäng av källan och replikera (i mån av möjlighet)</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Start the replica from the recovery point</source>
            <translation>Starta repliken från återställningspunkten</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Fence the old copy</source>
            <translation>Spärra den gamla kopian</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Commit the failover</source>
            <translation>Etablera redundansen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Change the recovery point</source>
            <translation>Byt återställningspunkt</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Cancel the failover</source>
            <translation>Avbryt redundansväxlingen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize from the active side</source>
            <translation>Synkronisera om från den aktiva sidan</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Reverse replication</source>
            <translation>Omvänd replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronize the replica</source>
            <translation>Synkronisera om repliken</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Pause replication</source>
            <translation>Pausa replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resume replication</source>
            <translation>Återuppta replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Prepare the replica on the recovery host</source>
            <translation>Förbered repliken på återställningsvärden</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Wait for the scheduled start at {start_time}</source>
            <translation>Vänta på den schemalagda starten {start_time}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication</source>
            <translation>Inledande replikering</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Stop replication</source>
            <translation>Stoppa replikeringen</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Shut down the VMs</source>
            <translation>Stäng av VM:arna</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: before — {action}</source>
            <translation>Grupp {group}: före — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): before — {action}</source>
            <translation>Grupp {group} ({group_name}): före — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: {operation} of {count} VM(s)</source>
            <translation>Grupp {group}: {operation} av {count} VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): {operation} of {count} VM(s)</source>
            <translation>Grupp {group} ({group_name}): {operation} av {count} VM</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group}: after — {action}</source>
            <translation>Grupp {group}: efter — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Group {group} ({group_name}): after — {action}</source>
            <translation>Grupp {group} ({group_name}): efter — {action}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Test VM {test_vm} started from the point of {point_time}.</source>
            <translation>Test-VM:en {test_vm} startades från punkten {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Removed {count} object(s) the test failover created.</source>
            <translation>Tog bort {count} objekt som redundanstestet skapade.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source VM is shut down.</source>
            <translation>Käll-VM:en är avstängd.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The last changes are replicated.</source>
            <translation>De senaste ändringarna är replikerade.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Skipped: the operator chose not to shut the source down.</source>
            <translation>Hoppades över: operatören valde att inte stänga av källan.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source was shut down and its last changes replicated.</source>
            <translation>Källan stängdes av och dess senaste ändringar replikerades.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The source could not be reached ({error}); failing over without it.</source>
            <translation>Källan kunde inte nås ({error}); redundansväxlar utan den.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); writes lost: {writes_lost}.</source>
            <translation>Startad från punkten {point_time} ({point_kind}); förlorade skrivningar: {writes_lost}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); nothing lost: the source was shut down and its last changes replicated first.</source>
            <translation>Startad från punkten {point_time} ({point_kind}); inget förlorades: källan stängdes av och dess senaste ändringar replikerades först.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Started from the point of {point_time} ({point_kind}); the writes after it up to {writes_until} are lost, {unreplicated_bytes} of them never replicated.</source>
            <translation>Startad från punkten {point_time} ({point_kind}); skrivningarna efter den fram till {writes_until} är förlorade, varav {unreplicated_bytes} aldrig replikerades.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The old copy is fenced: it will not start again when its site returns.</source>
            <translation>Den gamla kopian är spärrad: den startar inte igen när dess plats kommer tillbaka.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Committed: the other recovery points are discarded.</source>
            <translation>Etablerad: de andra återställningspunkterna har tagits bort.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Now running from the point of {point_time}.</source>
            <translation>Körs nu från punkten {point_time}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Failover cancelled: the VM runs on its original side again.</source>
            <translation>Redundansväxlingen avbröts: VM:en körs på sin ursprungliga sida igen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped); replicating in the new direction.</source>
            <translation>Omsynkroniserad: {blocks_shipped} av {blocks_compared} block skilde sig ({bytes_shipped} skickade); replikerar i den nya riktningen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication paused; writes keep collecting and ship on resume.</source>
            <translation>Replikeringen pausad; skrivningar samlas och skickas när den återupptas.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication resumed.</source>
            <translation>Replikeringen återupptogs.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed ({bytes_shipped} shipped).</source>
            <translation>Omsynkroniserad: {blocks_shipped} av {blocks_compared} block skilde sig ({bytes_shipped} skickade).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replica prepared on {host}.</source>
            <translation>Repliken förbereddes på {host}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The policy starts the initial copy at {start_time}; waiting.</source>
            <translation>Principen startar den första kopian {start_time}; väntar.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>The scheduled start has come.</source>
            <translation>Den schemalagda starten är här.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Initial replication complete; delta replication runs from now on.</source>
            <translation>Inledande replikering klar; deltareplikering körs från och med nu.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped, replica deleted.</source>
            <translation>Replikeringen stoppad, repliken borttagen.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Replication stopped; the replica is kept.</source>
            <translation>Replikeringen stoppad; repliken behålls.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Waiting for an operator: {instructions}</source>
            <translation>Väntar på en operatör: {instructions}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Resumed by an operator.</source>
            <translation>Återupptogs av en operatör.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>FAILED: {error}</source>
            <translation>MISSLYCKADES: {error}</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (per-VM rule).</source>
            <translation>Återställningsadress {address} (VM-regel).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery address {address} (subnet rule {rule_from} → {rule_to}).</source>
            <translation>Återställningsadress {address} (undernätsregel {rule_from} → {rule_to}).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address {address}.</source>
            <translation>Behåller sin adress {address}.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Keeps its address (it reports none).</source>
            <translation>Behåller sin adress (den rapporterar ingen).</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM is attached to no network.</source>
            <translation>Ingen återställningsadress: den virtuella datorn är inte ansluten till något nätverk.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: its network has no network mapping.</source>
            <translation>Ingen återställningsadress: dess nätverk har ingen nätverksmappning.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: the VM reports none and no per-VM rule names one.</source>
            <translation>Ingen återställningsadress: den virtuella datorn rapporterar ingen och ingen VM-regel anger någon.</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>No recovery address: no rule of its network mapping covers {address}.</source>
            <translation>Ingen återställningsadress: ingen regel i dess nätverksmappning omfattar {address}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPane</name>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Protected VMs by health</source>
            <translation>Skyddade virtuella datorer efter hälsa</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Not protected</source>
            <translation>Inte skyddad</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Pairings and policies</source>
            <translation>Parkopplingar och principer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Needs attention</source>
            <translation>Behöver åtgärdas</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VMs that need attention</source>
            <translation>Virtuella datorer som behöver åtgärdas</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Health</source>
            <translation>Hälsa</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>(no longer in the vault)</source>
            <translation>(finns inte längre i valvet)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Vault</source>
            <translation>Valv</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Site</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Cloud</source>
            <translation>Moln</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>No cloud pairing involves it.</source>
            <translation>Ingen molnparkoppling omfattar den.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source> (embedded lab)</source>
            <translation> (inbyggt labb)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Control plane {0}{1}, version {2}: {3} sites, {4} VMs</source>
            <translation>Kontrollplan {0}{1}, version {2}: {3} platser, {4} virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>up</source>
            <translation>uppe</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>DOWN</source>
            <translation>NERE</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider connected, last heartbeat {0}</source>
            <translation>providern ansluten, senaste pulsslag {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>provider DISCONNECTED since {0}</source>
            <translation>providern FRÅNKOPPLAD sedan {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · site {1} · VMM server {2}: {3} · {4} clouds, {5} VMs</source>
            <translation>{0} · plats {1} · VMM-server {2}: {3} · {4} moln, {5} virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} hosts, {1} VMs</source>
            <translation>{0} värdar, {1} virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} connected, last heartbeat {1}</source>
            <translation>agent {0} ansluten, senaste pulsslag {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>agent {0} DISCONNECTED since {1}</source>
            <translation>agent {0} FRÅNKOPPLAD sedan {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0} · {1} VMs</source>
            <translation>{0} · {1} virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>Under {0} % free. When it is full, replication to and from this host pauses (and resumes when space returns): free space on it or add storage.</source>
            <translation>Under {0} % ledigt. När lagringen är full pausas replikeringen till och från den här värden (och återupptas när det finns utrymme igen): frigör utrymme på den eller lägg till lagring.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>As last reported: the agent is disconnected.</source>
            <translation>Senast rapporterat: agenten är frånkopplad.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/summary.py" />
            <source>{0}: copy every {1}, keep {2} h of points, app-consistent every {3} h</source>
            <translation>{0}: kopiera var {1}, behåll {2} h punkter, appkonsekvent var {3} h</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Theme</source>
            <translation>Te&amp;ma</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Light</source>
            <translation>&amp;Ljust</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;Dark</source>
            <translation>&amp;Mörkt</translation>
        </message>
        <message>
            <location filename="../../app/console/theme.py" />
            <source>&amp;System</source>
            <translation>Följ &amp;systemet</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Show console</source>
            <translation>Visa konsolen</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Dashboard</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Quit</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: not connected (showing the last known state)</source>
            <translation>Standby: inte ansluten (visar senast kända tillstånd)</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: all protected VMs healthy</source>
            <translation>Standby: alla skyddade virtuella datorer är felfria</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: warnings need attention</source>
            <translation>Standby: varningar behöver åtgärdas</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Standby: critical — see the console</source>
            <translation>Standby: kritiskt — se konsolen</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Site {0} is down</source>
            <translation>Platsen {0} är nere</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection is at risk for {0} protected VMs replicating there: their changes are not replicated, and they cannot fail over there.</source>
            <translation>Skyddet är i riskzonen för {0} skyddade VM som replikeras dit: deras ändringar replikeras inte, och de kan inte redundansväxla dit.</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Protection at risk</source>
            <translation>Skyddet i riskzonen</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Critical alert</source>
            <translation>Kritisk avisering</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>{0} critical alerts</source>
            <translation>{0} kritiska aviseringar</translation>
        </message>
        <message>
            <location filename="../../app/console/tray.py" />
            <source>Latest: {0}</source>
            <translation>Senaste: {0}</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Verify the test VMs</source>
            <translation>Verifiera de virtuella testdatorerna</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Each test VM's recovery point is proven consistent by the estate's own checks (a file system check and the guest's own log, or the lab's auditor). Tick each item once you have verified it.</source>
            <translation>Varje virtuell testdators återställningspunkt bevisas konsekvent av miljöns egna kontroller (en filsystemskontroll och gästens egen logg, eller labbets granskare). Markera varje punkt när du har verifierat den.</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VMs</source>
            <translation>Virtuella testdatorer</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Test VM</source>
            <translation>Virtuell testdator</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Recovery point</source>
            <translation>Återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Consistency proof</source>
            <translation>Konsekvensbevis</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Checklist</source>
            <translation>Checklista</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>Another item to verify…</source>
            <translation>En punkt till att verifiera…</translation>
        </message>
        <message>
            <location filename="../../app/console/drill/pages.py" />
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
    </context>
    <context>
        <name>VmPane</name>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>VM details</source>
            <translation>Information om virtuell dator</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Replication</source>
            <translation>Replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Test failover</source>
            <translation>Redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Active location</source>
            <translation>Aktiv plats</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Last replication</source>
            <translation>Senaste replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>RPO</source>
            <translation>RPO</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Pending</source>
            <translation>Väntande</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Throughput</source>
            <translation>Dataflöde</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Cycles</source>
            <translation>Cykler</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Policy</source>
            <translation>Princip</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Source → target</source>
            <translation>Källa → mål</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Power</source>
            <translation>Ström</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Addresses</source>
            <translation>Adresser</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>At failover</source>
            <translation>Vid redundansväxling</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Recovery points</source>
            <translation>Återställningspunkter</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Cycle</source>
            <translation>Cykel</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Could not fetch the history: {0}</source>
            <translation>Kunde inte hämta historiken: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>(VM no longer in the vault)</source>
            <translation>(den virtuella datorn finns inte längre i valvet)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>Not protected</source>
            <translation>Inte skyddad</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>This VM is not protected. Use “Enable protection” from its menu.</source>
            <translation>Den virtuella datorn är inte skyddad. Använd ”Aktivera skydd” i dess meny.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none yet: the initial copy is under way</source>
            <translation>inget än: den första kopian pågår</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>unknown: no recovery point yet</source>
            <translation>okänt: ingen återställningspunkt än</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (reverse replication under way: judged once it completes)</source>
            <translation>{0}  (omvänd replikering pågår: bedöms när den är klar)</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: protection is being enabled; the initial copy starts next.</source>
            <translation>Inga problem: skyddet aktiveras; den första kopian startar härnäst.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: the initial copy is under way; the VM is protected from its first recovery point on.</source>
            <translation>Inga problem: den första kopian pågår; den virtuella datorn är skyddad från och med sin första återställningspunkt.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems: reverse replication is under way.</source>
            <translation>Inga problem: omvänd replikering pågår.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>No problems.</source>
            <translation>Inga problem.</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0}  (target {1}, warning above {2})</source>
            <translation>{0}  (mål {1}, varning över {2})</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} successful, {1} missed</source>
            <translation>{0} lyckade, {1} missade</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ago</source>
            <translation>för {0} sedan</translation>
        </message>
        <message>
            <location filename="../../app/console/panes/vm_pane.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Crash consistent</source>
            <translation>Kraschkonsekvent</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>App consistent</source>
            <translation>Appkonsekvent</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Running</source>
            <translation>Körs</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Off</source>
            <translation>Av</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Primary</source>
            <translation>Primär</translation>
        </message>
        <message>
            <location filename=".dynamic_strings.py" />
            <source>Recovery</source>
            <translation>Återställning</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>crash-consistent</source>
            <translation>kraschkonsekvent</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>app-consistent</source>
            <translation>appkonsekvent</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>Recovery plan</source>
            <translation>Återställningsplan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VMs</source>
            <translation>Virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VM</source>
            <translation>VM</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>none</source>
            <translation>inget</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit the failover</source>
            <translation>Etablera redundansen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit</source>
            <translation>Etablera</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Keep the point each VM runs from.</source>
            <translation>Behåll den punkt varje virtuell dator körs från.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Commit discards the other recovery points: afterwards the recovery point can no longer be changed and the failover can no longer be cancelled.</source>
            <translation>Etablering tar bort de andra återställningspunkterna: därefter kan återställningspunkten inte längre bytas och redundansväxlingen inte längre avbrytas.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Operation</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>runs from {0}</source>
            <translation>körs från {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Change recovery point</source>
            <translation>Byt återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Another recovery point</source>
            <translation>En annan återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM restarts from the point you choose; the failover stays uncommitted.</source>
            <translation>Den virtuella datorn startar om från den punkt du väljer; redundansen förblir oetablerad.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Runs now from</source>
            <translation>Körs nu från</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Review</source>
            <translation>Granska</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The VM is restarted: it is down for a moment.</source>
            <translation>Den virtuella datorn startas om: den är nere en stund.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication</source>
            <translation>Omvänd replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start reverse replication</source>
            <translation>Starta omvänd replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} write(s)</source>
            <translation>{0} skrivning(ar)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} of data</source>
            <translation>{0} data</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} on the other side would be discarded</source>
            <translation>{0} på den andra sidan skulle kasseras</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes on the other side</source>
            <translation>Skrivningar på andra sidan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Reverse replication makes the other side a replica of the active one.</source>
            <translation>Omvänd replikering gör den andra sidan till en replik av den aktiva.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>No writes would be discarded: nothing to confirm.</source>
            <translation>Inga skrivningar skulle tas bort: inget att bekräfta.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>plan</source>
            <translation>planen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Writes that would be discarded</source>
            <translation>Skrivningar som skulle tas bort</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type the {0} name to discard them</source>
            <translation>Skriv namnet på {0} för att ta bort dem</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} made on the other side after the failover point never reached the active side. Reverse replication overwrites it for good.</source>
            <translation>{0} som gjordes på den andra sidan efter redundanspunkten nådde aldrig den aktiva sidan. Omvänd replikering skriver över det för gott.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Type {0} exactly to accept losing {1}.</source>
            <translation>Skriv {0} exakt för att godta att {1} går förlorat.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Discarded on the other side</source>
            <translation>Kasseras på den andra sidan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Failback</source>
            <translation>Återställning efter fel</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Start failback</source>
            <translation>Starta återställning efter fel</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1 of 2: planned failover back to {0}</source>
            <translation>Steg 1 av 2: planerad redundans tillbaka till {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>The plan's VMs are shut down where they run now, their last changes replicated, then started at {0}: no data loss.</source>
            <translation>Planens virtuella datorer stängs av där de körs nu, deras senaste ändringar replikeras och sedan startas de på {0}: ingen dataförlust.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>{0} is shut down where it runs now, its last changes replicated, then started at {1}: no data loss.</source>
            <translation>{0} stängs av där den körs nu, dess senaste ändringar replikeras och sedan startas den på {1}: ingen dataförlust.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2 of 2: reverse replication</source>
            <translation>Steg 2 av 2: omvänd replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Then replication runs from {0} to the recovery site again.</source>
            <translation>Sedan körs replikeringen från {0} till återställningsplatsen igen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Only the blocks that differ are shipped. After a planned failover no write is discarded.</source>
            <translation>Bara block som skiljer sig skickas. Efter en planerad redundans tas ingen skrivning bort.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Down from the shutdown until running at {0}.</source>
            <translation>Nere från avstängningen tills den körs på {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 1</source>
            <translation>Steg 1</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>planned failover back to {0}</source>
            <translation>planerad redundans tillbaka till {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>Step 2</source>
            <translation>Steg 2</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <source>reverse replication</source>
            <translation>omvänd replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss</source>
            <translation>Förväntad dataförlust</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none (the source is shut down and synced first)</source>
            <translation>ingen (källan stängs av och synkroniseras först)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/after_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>{0} of {1}: job {2} started.</source>
            <translation>{0} för {1}: jobb {2} har startats.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery address</source>
            <translation>Återställningsadress</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point</source>
            <translation>Återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Listed point</source>
            <translation>Listad punkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Newest first: time, kind and age of each point.</source>
            <translation>Nyaste först: tid, typ och ålder för varje punkt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Each VM starts from</source>
            <translation>Varje virtuell dator startar från</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no such point</source>
            <translation>ingen sådan punkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose a point from the list.</source>
            <translation>Välj en punkt i listan.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} has no such recovery point: choose another.</source>
            <translation>{0} har ingen sådan återställningspunkt: välj en annan.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest</source>
            <translation>Senaste</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest processed</source>
            <translation>Senast bearbetade</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Latest app-consistent</source>
            <translation>Senaste appkonsekventa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>its source host is not in the inventory</source>
            <translation>dess källvärd finns inte i inventeringen</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <location filename="../../app/console/wizards/flow.py" />
            <source>the site {0} is down</source>
            <translation>platsen {0} är nere</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>the host agent of {0} does not answer</source>
            <translation>värdagenten för {0} svarar inte</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover</source>
            <translation>Redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start test failover</source>
            <translation>Starta redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Isolated: the test VM cannot reach production.</source>
            <translation>Isolerat: den virtuella testdatorn kan inte nå produktionen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Not isolated: the test VM would share a network with production.</source>
            <translation>Inte isolerat: den virtuella testdatorn skulle dela nätverk med produktionen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and network</source>
            <translation>Återställningspunkt och nätverk</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The test VM starts from this point, in this network; replication goes on.</source>
            <translation>Den virtuella testdatorn startar från den här punkten, i det här nätverket; replikeringen fortsätter.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0} is not an isolated test network: the test VM will run beside the production VM with the same identity.</source>
            <translation>{0} är inte ett isolerat testnätverk: den virtuella testdatorn körs bredvid produktionsdatorn med samma identitet.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Network</source>
            <translation>Nätverk</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start the test failover; the jobs pane follows it.</source>
            <translation>Starta redundanstestet; jobbfönstret följer det.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean the test up afterwards: a drill counts only after its cleanup.</source>
            <translation>Rensa efter testet: en övning räknas först efter rensningen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Choose the network the test VM starts in.</source>
            <translation>Välj nätverket som den virtuella testdatorn startar i.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Test failover cleanup</source>
            <translation>Rensning efter redundanstest</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Clean up</source>
            <translation>Rensa</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>What did the test show?</source>
            <translation>Vad visade testet?</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Cleanup removes only what the test created; your notes go into its record.</source>
            <translation>Rensningen tar bara bort det testet skapade; dina anteckningar sparas i dess logg.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>e.g. SQL started, orders readable, web front end OK.</source>
            <translation>t.ex. SQL startade, order läsbara, webbgränssnittet OK.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are required: say what the test showed.</source>
            <translation>Anteckningar krävs: berätta vad testet visade.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Notes are limited to 4000 characters.</source>
            <translation>Anteckningar får vara högst 4000 tecken.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Planned failover</source>
            <translation>Planerad redundans</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start planned failover</source>
            <translation>Starta planerad redundans</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ source reachable</source>
            <translation>✓ källan kan nås</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ recovery host reachable</source>
            <translation>✓ återställningsvärden kan nås</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>replication is critical</source>
            <translation>replikeringen är kritisk</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>⚠ replication healthy enough, RPO {0} ({1})</source>
            <translation>⚠ replikeringen tillräckligt felfri, RPO {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>warning</source>
            <translation>varning</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy (no recovery point yet this way round)</source>
            <translation>✓ replikeringen felfri (ingen återställningspunkt än i den här riktningen)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>✓ replication healthy, RPO {0}</source>
            <translation>✓ replikeringen felfri, RPO {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Pre-checks</source>
            <translation>Förkontroller</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>A planned failover needs its source and its recovery host reachable and replication healthy.</source>
            <translation>En planerad redundans kräver att källan och återställningsvärden kan nås och att replikeringen är felfri.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Checked just now</source>
            <translation>Kontrollerat nyss</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>When the source site is down or replication is critical, use an unplanned failover instead.</source>
            <translation>När källplatsen är nere eller replikeringen är kritisk, använd oplanerad redundans i stället.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>No data loss: the source will be shut down, its last changes replicated, then the replica started. The VMs are down until their replicas run.</source>
            <translation>Ingen dataförlust: källan stängs av, dess senaste ändringar replikeras och sedan startas repliken. De virtuella datorerna är nere tills replikerna körs.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Fails over to</source>
            <translation>Redundansväxlar till</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Unplanned failover</source>
            <translation>Oplanerad redundans</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Start unplanned failover</source>
            <translation>Starta oplanerad redundans</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>unknown: a VM has no such recovery point</source>
            <translation>okänd: en virtuell dator saknar en sådan återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>none expected, if the source can be shut down and synced</source>
            <translation>ingen förväntas, om källan kan stängas av och synkroniseras</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>up to {0} of writes</source>
            <translation>upp till {0} av skrivningar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source> and {0} never replicated</source>
            <translation> och {0} som aldrig replikerats</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Recovery point and expected data loss</source>
            <translation>Återställningspunkt och förväntad dataförlust</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>The replica starts from this point; later writes are lost.</source>
            <translation>Repliken startar från den här punkten; senare skrivningar går förlorade.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source unreachable ({0})</source>
            <translation>källan kan inte nås ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>source reachable</source>
            <translation>källan kan nås</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>{0}; {1}; loses {2}</source>
            <translation>{0}; {1}; förlorar {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>First shut down the source and replicate its last changes (best effort)</source>
            <translation>Stäng först av källan och replikera dess senaste ändringar (i mån av möjlighet)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>If the source cannot be reached, the failover goes on without it.</source>
            <translation>Om källan inte kan nås fortsätter redundansväxlingen utan den.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}.</source>
            <translation>Förväntad dataförlust: {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Figures as of {0}.</source>
            <translation>Värden per {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Expected data loss: {0}. The old copy is fenced: it will not start again when its site returns, and nothing replicates back until reverse replication.</source>
            <translation>Förväntad dataförlust: {0}. Den gamla kopian spärras: den startar inte igen när dess plats kommer tillbaka, och inget replikeras tillbaka förrän vid omvänd replikering.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>yes (best effort)</source>
            <translation>ja (i mån av möjlighet)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/failover_flows.py" />
            <source>Shut down the source first</source>
            <translation>Stäng av källan först</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The protected item {0} is gone.</source>
            <translation>Det skyddade objektet {0} finns inte längre.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The recovery plan {0} is gone.</source>
            <translation>Återställningsplanen {0} finns inte längre.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>its agent is disconnected</source>
            <translation>dess agent är frånkopplad</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>it has received no recovery point yet</source>
            <translation>den har ännu inte tagit emot någon återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the last point it received is from {0}</source>
            <translation>den senaste punkten den tog emot är från {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>the recovery host {0} is unreachable ({1}): a failover cannot start there until it returns; {2}.</source>
            <translation>återställningsvärden {0} kan inte nås ({1}): en redundansväxling kan inte starta där förrän den är tillbaka; {2}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/flow.py" />
            <source>The plan has no protected items: edit the plan first.</source>
            <translation>Planen har inga skyddade objekt: redigera planen först.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0}</source>
            <translation>IP-regler för {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Save rules</source>
            <translation>Spara regler</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules</source>
            <translation>IP-regler</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Where VMs of {0} get their addresses at a failover. One rule a line; a per-VM rule wins over a subnet rule; without rules VMs keep their addresses.</source>
            <translation>Var virtuella datorer i {0} får sina adresser vid en redundansväxling. En regel per rad; en regel per virtuell dator går före en undernätsregel; utan regler behåller de sina adresser.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Subnet rules</source>
            <translation>Undernätsregler</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>PRIMARY=RECOVERY subnet, the host part kept, then optionally ,gateway=IP and ,dns=IP</source>
            <translation>PRIMÄRT=ÅTERSTÄLLNING undernät, värddelen behålls, sedan valfritt ,gateway=IP och ,dns=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Per-VM rules</source>
            <translation>Regler per virtuell dator</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>VM=ADDRESS with its prefix length, then optionally ,gateway=IP</source>
            <translation>VM=ADRESS med prefixlängd, sedan valfritt ,gateway=IP</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Failovers already started keep the addresses they were started with.</source>
            <translation>Redundansväxlingar som redan startats behåller de adresser de startades med.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Addresses at a failover</source>
            <translation>Adresser vid en redundansväxling</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>no VM named {0}</source>
            <translation>ingen virtuell dator heter {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, rad {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>Rules</source>
            <translation>Regler</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/mapping_flow.py" />
            <source>IP rules of {0} saved.</source>
            <translation>IP-reglerna för {0} har sparats.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Pair clouds</source>
            <translation>Koppla moln</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds</source>
            <translation>Moln</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Every VM protected in the primary cloud replicates to the recovery cloud.</source>
            <translation>Varje skyddad virtuell dator i det primära molnet replikeras till återställningsmolnet.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Primary cloud</source>
            <translation>Primärt moln</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>paired already</source>
            <translation>redan kopplat</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Recovery cloud</source>
            <translation>Återställningsmoln</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>on the primary cloud's site</source>
            <translation>på det primära molnets plats</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Replication policy</source>
            <translation>Replikeringsprincip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The policy every VM of the pairing is protected with.</source>
            <translation>Principen som varje virtuell dator i parkopplingen skyddas med.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy</source>
            <translation>Princip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>A new policy: Protection → New replication policy…</source>
            <translation>En ny princip: Skydd → Ny replikeringsprincip…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>mapped to {0}</source>
            <translation>mappat till {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>(not mapped)</source>
            <translation>(inte mappat)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Network mapping</source>
            <translation>Nätverksmappning</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Which network a failed-over VM joins at the recovery site.</source>
            <translation>Vilket nätverk en redundansväxlad virtuell dator ansluter till på återställningsplatsen.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Test failovers use the recovery site's isolated test network.</source>
            <translation>Redundanstester använder återställningsplatsens isolerade testnätverk.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the primary cloud.</source>
            <translation>Välj det primära molnet.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>This cloud is paired already.</source>
            <translation>Molnet är redan kopplat.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose the recovery cloud.</source>
            <translation>Välj återställningsmolnet.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>The recovery cloud must be on another site than the primary.</source>
            <translation>Återställningsmolnet måste finnas på en annan plats än det primära.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Choose a replication policy (or create one).</source>
            <translation>Välj en replikeringsprincip (eller skapa en).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Map {0}</source>
            <translation>Mappa {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>to {0}</source>
            <translation>till {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/pairing_flow.py" />
            <source>Clouds paired ({0}).</source>
            <translation>Molnen har kopplats ({0}).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest (apply everything received first: least data lost)</source>
            <translation>Senaste (tillämpa allt mottaget först: minst dataförlust)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest processed (start at once: least time)</source>
            <translation>Senast bearbetade (starta direkt: kortast tid)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Latest app-consistent (applications start clean)</source>
            <translation>Senaste appkonsekventa (program startar rent)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>A point from the list</source>
            <translation>En punkt från listan</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>{0} — {1} — {2} old</source>
            <translation>{0} — {1} — {2} gammal</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>no such recovery point</source>
            <translation>ingen sådan återställningspunkt</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>none expected: the source is shut down and its last changes shipped first</source>
            <translation>ingen förväntas: källan stängs av och dess senaste ändringar skickas först</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of {0}, up to the last contact with the source at {1}</source>
            <translation>skrivningar under {0}, fram till den senaste kontakten med källan kl. {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>writes of the last {0}</source>
            <translation>skrivningar under de senaste {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>, {0} never replicated</source>
            <translation>, {0} aldrig replikerat</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No app-consistent recovery point yet.</source>
            <translation>Ingen appkonsekvent återställningspunkt än.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>No recovery point yet.</source>
            <translation>Ingen återställningspunkt än.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Point age: {0}</source>
            <translation>Punktens ålder: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/points.py" />
            <source>Points up to {0} old</source>
            <translation>Punkter upp till {0} gamla</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>scheduled at {0}</source>
            <translation>schemalagd till {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately</source>
            <translation>omedelbart</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Copy frequency</source>
            <translation>Kopieringsfrekvens</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Recovery points kept</source>
            <translation>Sparade återställningspunkter</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent points</source>
            <translation>Appkonsekventa punkter</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>every {0} h</source>
            <translation>var {0} h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compression</source>
            <translation>Komprimering</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>on</source>
            <translation>på</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>off</source>
            <translation>av</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Initial replication starts</source>
            <translation>Inledande replikering startar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On disable</source>
            <translation>Vid inaktivering</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>delete the replica</source>
            <translation>ta bort repliken</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>keep the replica</source>
            <translation>behåll repliken</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Edit replication policy</source>
            <translation>Redigera replikeringsprincip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>New replication policy</source>
            <translation>Ny replikeringsprincip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Save policy</source>
            <translation>Spara princip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Create policy</source>
            <translation>Skapa princip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Name and recovery points</source>
            <translation>Namn och återställningspunkter</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How often changes are copied and how long recovery points are kept.</source>
            <translation>Hur ofta ändringar kopieras och hur länge återställningspunkter sparas.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>e.g. Gold (30 s, 24 h)</source>
            <translation>t.ex. Guld (30 s, 24 h)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Lowest RPO; the most traffic.</source>
            <translation>Lägsta RPO; mest trafik.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The usual choice.</source>
            <translation>Det vanliga valet.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>For slow links.</source>
            <translation>För långsamma länkar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep recovery points for</source>
            <translation>Spara återställningspunkter i</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: only the latest point.</source>
            <translation>0: bara den senaste punkten.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>App-consistent point every</source>
            <translation>Appkonsekvent punkt var</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>0: none; never more hours than the points are kept.</source>
            <translation>0: inga; aldrig fler timmar än punkterna sparas.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Transfer</source>
            <translation>Överföring</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>How replication travels between the hosts.</source>
            <translation>Hur replikeringen går mellan värdarna.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Compress the changes</source>
            <translation>Komprimera ändringarna</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Delete the replica when protection is disabled</source>
            <translation>Ta bort repliken när skyddet inaktiveras</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Immediately</source>
            <translation>Omedelbart</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The copy starts as soon as protection is enabled.</source>
            <translation>Kopieringen startar så snart skyddet aktiveras.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>At a set time</source>
            <translation>Vid en angiven tid</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The replica is prepared at once; the copy waits until then (for a quiet link). After that time, copies start at once.</source>
            <translation>Repliken förbereds direkt; kopieringen väntar till dess (för en lugn länk). Efter den tiden startar kopieringar direkt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Start at (UTC)</source>
            <translation>Starta kl. (UTC)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>On the control plane's clock.</source>
            <translation>Enligt kontrollplanets klocka.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Initial replication</source>
            <translation>Inledande replikering</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The first full copy of a VM when it gets protected: its disks travel over the replication link (only written blocks).</source>
            <translation>Den första fullständiga kopian av en VM när den skyddas: dess diskar går över replikeringslänken (bara skrivna block).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Give the policy a name.</source>
            <translation>Ge principen ett namn.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>The name is limited to 120 characters.</source>
            <translation>Namnet får vara högst 120 tecken.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>A policy named {0} exists already.</source>
            <translation>Det finns redan en princip med namnet {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a copy frequency.</source>
            <translation>Välj en kopieringsfrekvens.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Keep points 0 to 24 hours.</source>
            <translation>Spara punkter 0 till 24 timmar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>An app-consistent point every {0} h would never be kept: points are kept {1} h. Keep them longer or make app-consistent points more often.</source>
            <translation>En appkonsekvent punkt var {0} h skulle aldrig sparas: punkter sparas {1} h. Spara dem längre eller skapa appkonsekventa punkter oftare.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Choose a start in the future.</source>
            <translation>Välj en start i framtiden.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} created.</source>
            <translation>Replikeringsprincipen {0} har skapats.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/policy_flow.py" />
            <source>Replication policy {0} saved.</source>
            <translation>Replikeringsprincipen {0} har sparats.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection</source>
            <translation>Aktivera skydd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Cloud pairing</source>
            <translation>Molnparkoppling</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Where the VMs replicate to, and under which policy.</source>
            <translation>Vart de virtuella datorerna replikeras, och med vilken princip.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Pairing</source>
            <translation>Parkoppling</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>No pairing for the VMs' cloud? Protection → Pair clouds…</source>
            <translation>Ingen parkoppling för de virtuella datorernas moln? Skydd → Koppla moln…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} disk(s), {1}</source>
            <translation>{0} disk(ar), {1}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Virtual machines</source>
            <translation>Virtuella datorer</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The unprotected VMs of {0}.</source>
            <translation>De oskyddade virtuella datorerna i {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Disks</source>
            <translation>Diskar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Power</source>
            <translation>Ström</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Filter by name or host</source>
            <translation>Filtrera på namn eller värd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The VMs are protected with the pairing's policy {0}.</source>
            <translation>De virtuella datorerna skyddas med parkopplingens princip {0}.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>The first full copy of each VM's disks.</source>
            <translation>Den första fullständiga kopian av varje virtuell dators diskar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Set by the policy: to change them, edit the policy (Protection → Replication policies) before you start.</source>
            <translation>Anges av principen: ändra dem genom att redigera principen (Skydd → Replikeringsprinciper) innan du startar.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>One job per VM; the jobs pane follows them.</source>
            <translation>Ett jobb per virtuell dator; jobbfönstret följer dem.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Policy: {0}</source>
            <translation>Princip: {0}</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>immediately (the scheduled {0} has passed)</source>
            <translation>omedelbart (den schemalagda tiden {0} har passerat)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>at {0}; the replica is prepared now</source>
            <translation>kl. {0}; repliken förbereds nu</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Starts</source>
            <translation>Startar</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>To copy</source>
            <translation>Att kopiera</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} (sparse: only written blocks travel)</source>
            <translation>{0} (gles: bara skrivna block skickas)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Choose a cloud pairing (or pair the clouds first).</source>
            <translation>Välj en molnparkoppling (eller koppla molnen först).</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Select at least one VM.</source>
            <translation>Markera minst en virtuell dator.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>{0} is not an unprotected VM of this pairing's cloud.</source>
            <translation>{0} är inte en oskyddad virtuell dator i parkopplingens moln.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>VMs ({0})</source>
            <translation>Virtuella datorer ({0})</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/protect_flow.py" />
            <source>Enable protection: {0} job(s) started.</source>
            <translation>Aktivera skydd: {0} jobb har startats.</translation>
        </message>
    </context>
    <context>
        <name>WizardMenus</name>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Protection</source>
            <translation>S&amp;kydd</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;Enable protection…</source>
            <translation>&amp;Aktivera skydd…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>&amp;New replication policy…</source>
            <translation>&amp;Ny replikeringsprincip…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit replication &amp;policy</source>
            <translation>&amp;Redigera replikeringsprincip</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Pair &amp;clouds…</source>
            <translation>Koppla &amp;moln…</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Edit &amp;IP rules of a network mapping</source>
            <translation>Redigera &amp;IP-regler för en nätverksmappning</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Recovery p&amp;lans</source>
            <translation>Återställnings&amp;planer</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no policy yet)</source>
            <translation>(ingen princip än)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no network mapping yet)</source>
            <translation>(ingen nätverksmappning än)</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>The plan has no protected items.</source>
            <translation>Planen har inga skyddade objekt.</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>Run a plan:</source>
            <translation>Kör en plan:</translation>
        </message>
        <message>
            <location filename="../../app/console/wizards/menus.py" />
            <source>(no recovery plan to run yet)</source>
            <translation>(ingen återställningsplan att köra än)</translation>
        </message>
    </context>
</TS>
