<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="47"/>
        <source>About Registrar</source>
        <translation>À propos de Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="52"/>
        <source>&lt;h2&gt;Registrar&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registrar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="55"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="59"/>
        <source>Registers refugees and migrants offline and finds possible duplicate registrations by face, on this computer.</source>
        <translation>Enregistre hors ligne des réfugiés et des migrants et recherche par le visage les enregistrements en double possibles, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="67"/>
        <source>&amp;Components bundled with Registrar and their licences:</source>
        <translation>&amp;Composants fournis avec Registrar et leurs licences :</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="71"/>
        <source>Bundled components</source>
        <translation>Composants fournis</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>About the selected component</source>
        <translation>À propos du composant sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="110"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="132"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. They are kept as separate library files in the PySide6 folder inside Registrar&apos;s installation folder, so you may replace them with your own build of the same version. Their source code is available from https://download.qt.io.</source>
        <translation>Qt et PySide6 sont utilisés sous la GNU Lesser General Public License version 3. Ils restent des fichiers de bibliothèque séparés, dans le dossier PySide6 du dossier d&apos;installation de Registrar : vous pouvez donc les remplacer par votre propre compilation de la même version. Leur code source est disponible sur https://download.qt.io.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="207"/>
        <source>Licence: {licence}</source>
        <translation>Licence : {licence}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="218"/>
        <source>This installation is missing the file {file}.</source>
        <translation>Le fichier {file} manque dans cette installation.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="226"/>
        <source>Face models</source>
        <translation>Modèles de visage</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="232"/>
        <source>The language Registrar is written in, and its standard library</source>
        <translation>Le langage dans lequel Registrar est écrit, et sa bibliothèque standard</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="233"/>
        <source>The user interface: windows, controls and the camera preview</source>
        <translation>L&apos;interface : fenêtres, commandes et aperçu de la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="234"/>
        <source>Camera capture, image processing and running the face models</source>
        <translation>Capture par la caméra, traitement des images et exécution des modèles de visage</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="235"/>
        <source>The second face recogniser (landmarks and face descriptors)</source>
        <translation>Le second outil de reconnaissance faciale (points de repère et descripteurs du visage)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="236"/>
        <source>Encrypts the vault on disk (SQLite with encryption; OpenSSL built in)</source>
        <translation>Chiffre le coffre-fort sur le disque (SQLite avec chiffrement ; OpenSSL intégré)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="239"/>
        <source>Find faces in photos and turn them into templates for the duplicate search</source>
        <translation>Trouvent les visages sur les photos et en font des gabarits pour la recherche de doublons</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="242"/>
        <source>Arrays of pixels and face templates</source>
        <translation>Tableaux de pixels et gabarits de visage</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="243"/>
        <source>Encryption and signatures of sync packets (OpenSSL built in)</source>
        <translation>Chiffrement et signature des paquets de synchronisation (OpenSSL intégré)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="244"/>
        <source>Turns passwords into vault keys (Argon2id)</source>
        <translation>Transforme les mots de passe en clés du coffre-fort (Argon2id)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="245"/>
        <source>The Argon2 reference code that argon2-cffi calls</source>
        <translation>Le code de référence d&apos;Argon2 qu&apos;appelle argon2-cffi</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="246"/>
        <source>Calls the compiled Argon2 code from Python</source>
        <translation>Appelle depuis Python le code compilé d&apos;Argon2</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="247"/>
        <source>Talks to the hub when syncing over the network</source>
        <translation>Communique avec le serveur central lors de la synchronisation par le réseau</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="248"/>
        <source>The connections underneath HTTPX</source>
        <translation>Les connexions sur lesquelles repose HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="249"/>
        <source>The HTTP/1.1 protocol underneath HTTPX</source>
        <translation>Le protocole HTTP/1.1 sur lequel repose HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="250"/>
        <source>Networking support used by HTTPX</source>
        <translation>Fonctions réseau utilisées par HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="251"/>
        <source>Internationalised host names for HTTPX</source>
        <translation>Noms d&apos;hôte internationalisés pour HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="252"/>
        <source>The certificate authorities trusted when the hub uses HTTPS</source>
        <translation>Les autorités de certification reconnues quand le serveur central utilise HTTPS</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="253"/>
        <source>Newer typing features for the libraries above</source>
        <translation>Fonctions de typage récentes pour les bibliothèques ci-dessus</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="254"/>
        <source>The index that finds similar faces quickly</source>
        <translation>L&apos;index qui trouve rapidement les visages semblables</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="255"/>
        <source>Fast vector arithmetic inside USearch</source>
        <translation>Calcul vectoriel rapide dans USearch</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="256"/>
        <source>Progress reporting inside USearch</source>
        <translation>Suivi de la progression dans USearch</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="257"/>
        <source>The QR code on the proof of registration</source>
        <translation>Le code QR de l&apos;attestation d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="258"/>
        <source>Country and language names and codes</source>
        <translation>Noms et codes des pays et des langues</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="259"/>
        <source>Finds the folders where Registrar keeps its data</source>
        <translation>Trouve les dossiers où Registrar conserve ses données</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="304"/>
        <source>Your new password is set.</source>
        <translation>Votre nouveau mot de passe est défini.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="338"/>
        <source>The hub found {n} possible duplicate(s) at other sites: see the Review page.</source>
        <translation>Le serveur central a trouvé {n} doublon(s) possible(s) dans d&apos;autres sites : voir la page Examen.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="364"/>
        <source>Loading face search…</source>
        <translation>Chargement de la recherche par visage…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="384"/>
        <source>Face search ready</source>
        <translation>Recherche par visage prête</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="394"/>
        <source>Face search is not available: {reason}</source>
        <translation>La recherche par visage n&apos;est pas disponible : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="402"/>
        <source>Registrar closed while a registration was being saved. It WAS saved: {ids}. Check that record before registering the person again.</source>
        <translation>Registrar s&apos;est fermé pendant la sauvegarde d&apos;un enregistrement. Il A BIEN été sauvegardé : {ids}. Vérifiez ce dossier avant d&apos;enregistrer de nouveau la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="407"/>
        <source>Registrar closed while a registration was being saved. It was NOT saved: register the person again.</source>
        <translation>Registrar s&apos;est fermé pendant la sauvegarde d&apos;un enregistrement. Il n&apos;a PAS été sauvegardé : enregistrez de nouveau la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="411"/>
        <source>Last registration</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="461"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>ApprovalRowsModel</name>
    <message>
        <location filename="../../ui/approvals_page.py" line="161"/>
        <source>Registration id</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="162"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="163"/>
        <source>Registered by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="164"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="165"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="166"/>
        <source>Refused by</source>
        <translation>Refusé par</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="167"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../ui/approvals_page.py" line="297"/>
        <source>&lt;h2&gt;Approvals&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Approbations&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="302"/>
        <source>End-of-day approval is off: records go to the outbox as soon as they are complete. A supervisor can switch end-of-day approval on in Settings.</source>
        <translation>L&apos;approbation de fin de journée est désactivée : les dossiers passent dans la file d&apos;envoi dès qu&apos;ils sont complets. Un superviseur peut activer l&apos;approbation de fin de journée dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="311"/>
        <source>Only a supervisor can approve or refuse records. Refused records are listed below: open one to correct it, and the new version waits for approval again.</source>
        <translation>Seul un superviseur peut approuver ou refuser des dossiers. Les dossiers refusés sont listés ci-dessous : ouvrez-en un pour le corriger ; la nouvelle version attendra de nouveau l&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="326"/>
        <source>Records waiting for approval</source>
        <translation>Dossiers en attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="330"/>
        <source>&amp;Approve selected</source>
        <translation>&amp;Approuver la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="332"/>
        <source>Approve the selected records</source>
        <translation>Approuver les dossiers sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="335"/>
        <source>Approve a&amp;ll shown…</source>
        <translation>Approuver &amp;tout ce qui est affiché…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="337"/>
        <source>Approve every record shown in the list</source>
        <translation>Approuver tous les dossiers affichés dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="340"/>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="342"/>
        <source>Refuse the selected record with a reason</source>
        <translation>Refuser le dossier sélectionné en indiquant un motif</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="344"/>
        <source>Select one record to refuse it.</source>
        <translation>Sélectionnez un seul dossier pour le refuser.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="350"/>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="369"/>
        <source>Refused records waiting for correction</source>
        <translation>Dossiers refusés en attente de correction</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="377"/>
        <source>Refused, waiting for correction</source>
        <translation>Refusés, en attente de correction</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="460"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="532"/>
        <source>{waiting} waiting, {refused} refused</source>
        <translation>En attente : {waiting}, refusés : {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="537"/>
        <source>{refused} refused</source>
        <translation>Refusés : {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="547"/>
        <source>No records wait for approval.</source>
        <translation>Aucun dossier n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="550"/>
        <source>The oldest {shown} of {total} records waiting. Approve these to see the next ones. Ctrl+A selects them all; double-click opens a record.</source>
        <translation>Les {shown} plus anciens des {total} dossiers en attente. Approuvez-les pour voir les suivants. Ctrl+A les sélectionne tous ; un double-clic ouvre un dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="557"/>
        <source>Oldest first. Select records to approve them (Ctrl+A selects them all), or select one to refuse it. Double-click opens a record.</source>
        <translation>Du plus ancien au plus récent. Sélectionnez des dossiers pour les approuver (Ctrl+A les sélectionne tous) ou sélectionnez-en un pour le refuser. Un double-clic ouvre un dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="570"/>
        <source>No refused records.</source>
        <translation>Aucun dossier refusé.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="573"/>
        <source>Double-click a record to open and correct it; the new version then waits for approval again.</source>
        <translation>Double-cliquez sur un dossier pour l&apos;ouvrir et le corriger ; la nouvelle version attendra ensuite de nouveau l&apos;approbation.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="581"/>
        <source>These were refused while end-of-day approval was on. With approval off they are sent like any complete record: correct them soon.</source>
        <translation>Ces dossiers ont été refusés quand l&apos;approbation de fin de journée était activée. Maintenant qu&apos;elle est désactivée, ils seront envoyés comme tout dossier complet : corrigez-les rapidement.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="628"/>
        <source>Approve all shown</source>
        <translation>Approuver tout ce qui est affiché</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="630"/>
        <source>Approve all {n} records shown? They become ready to send to the hub.</source>
        <translation>Approuver tous les dossiers affichés ({n}) ? Ils seront alors prêts à être envoyés au serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="635"/>
        <source>&amp;Approve {n}</source>
        <translation>&amp;Approuver ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="663"/>
        <source>Approving…</source>
        <translation>Approbation en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="682"/>
        <source>No record approved: the {m} record(s) had changed meanwhile. Look at them again in the list.</source>
        <translation>Aucun dossier approuvé : tous avaient été modifiés entre-temps ({m}). Consultez-les de nouveau dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="687"/>
        <source>{n} record(s) approved; {m} had changed meanwhile and could not be approved.</source>
        <translation>Dossiers approuvés : {n}. Dossiers modifiés entre-temps, donc non approuvés : {m}.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="691"/>
        <source>{n} record(s) approved; they are ready to send to the hub.</source>
        <translation>Dossiers approuvés : {n} ; ils sont prêts à être envoyés au serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="724"/>
        <source>Refusing…</source>
        <translation>Refus en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="743"/>
        <source>Record {registration_id} refused. It is listed below with your reason until an officer corrects it.</source>
        <translation>Dossier {registration_id} refusé. Il figure ci-dessous avec votre motif jusqu&apos;à ce qu&apos;un agent le corrige.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="748"/>
        <source>Record {registration_id} had changed meanwhile and was not refused. Look at it again in the list.</source>
        <translation>Le dossier {registration_id} avait été modifié entre-temps et n&apos;a pas été refusé. Consultez-le de nouveau dans la liste.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../ui/sync_page.py" line="551"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="552"/>
        <source>Sealed</source>
        <translation>Scellé le</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="553"/>
        <source>Records</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="554"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="555"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="556"/>
        <source>Receipt, or the last problem</source>
        <translation>Accusé de réception ou dernier problème</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="594"/>
        <source>{sent} of {size}</source>
        <translation>{sent} sur {size}</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <location filename="../../ui/calibration_page.py" line="97"/>
        <source>&lt;h2&gt;Duplicate bands&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tranches de doublons&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="101"/>
        <source>S&amp;core</source>
        <translation>S&amp;core</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="113"/>
        <source>Only pairs the face search flagged reach a supervisor, so these figures are among flagged pairs. They can show that a band may be narrowed, never that it should be widened: duplicates beyond the possible edge are never seen here.</source>
        <translation>Seules les paires signalées par la recherche par visage parviennent à un superviseur : ces chiffres ne portent donc que sur des paires signalées. Ils peuvent montrer qu&apos;une tranche peut être resserrée, jamais qu&apos;elle doit être élargie : les doublons situés au-delà de la limite possible n&apos;apparaissent jamais ici.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="131"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="132"/>
        <source>Different people at or below
(false matches)</source>
        <translation>Personnes différentes jusqu&apos;à la limite
(fausses correspondances)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="133"/>
        <source>Same person above
(missed duplicates)</source>
        <translation>Même personne au-delà
(doublons manqués)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="138"/>
        <source>Strong edge now</source>
        <translation>Limite forte actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="139"/>
        <source>Possible edge now</source>
        <translation>Limite possible actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="140"/>
        <source>Strong edge suggested</source>
        <translation>Limite forte suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="141"/>
        <source>Possible edge suggested</source>
        <translation>Limite possible suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="142"/>
        <source>Strong edge you set</source>
        <translation>Votre limite forte</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="143"/>
        <source>Possible edge you set</source>
        <translation>Votre limite possible</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="159"/>
        <source>&amp;Use the suggestion</source>
        <translation>&amp;Utiliser la suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="161"/>
        <source>&amp;Save bands</source>
        <translation>&amp;Sauvegarder les tranches</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="163"/>
        <source>Only a supervisor can change the bands.</source>
        <translation>Seul un superviseur peut modifier les tranches.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="173"/>
        <source>Band edges</source>
        <translation>Limites des tranches</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="175"/>
        <source>S&amp;trong match at or below</source>
        <translation>Correspondance &amp;forte jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="177"/>
        <source>&amp;Possible match at or below</source>
        <translation>Correspondance &amp;possible jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="272"/>
        <source>Reading the decisions…</source>
        <translation>Lecture des décisions…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="298"/>
        <source>{score} (decides the bands)</source>
        <translation>{score} (détermine les tranches)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="334"/>
        <source>SFace distance</source>
        <translation>Distance SFace</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="335"/>
        <source>dlib distance</source>
        <translation>Distance dlib</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="336"/>
        <source>fused score of both models</source>
        <translation>Score combiné des deux modèles</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="348"/>
        <source>No pair has been decided “same person” or “different people” yet. As supervisors decide possible duplicates, their decisions appear here.</source>
        <translation>Aucune paire n&apos;a encore été jugée « même personne » ou « personnes différentes ». Les décisions des superviseurs sur les doublons possibles apparaîtront ici au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="353"/>
        <source>{same} pairs decided “same person” and {different} decided “different people” (interview decisions are not counted). {raised} of them were raised by this score; for the others it is the value recorded with the case.</source>
        <translation>Paires jugées « même personne » : {same} ; jugées « personnes différentes » : {different} (les décisions d&apos;entretien ne sont pas comptées). Paires signalées par ce score : {raised} ; pour les autres, la valeur affichée est celle enregistrée avec le cas.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="362"/>
        <source>This score does not decide the bands now ({deciding} does): its edges take effect only when a supervisor makes it the deciding score.</source>
        <translation>Ce score ne détermine pas actuellement les tranches ; le score décisif est « {deciding} ». Ses limites ne s&apos;appliqueront que lorsqu&apos;un superviseur en fera le score décisif.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="371"/>
        <source>Strong edge {x}</source>
        <translation>Limite forte {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="372"/>
        <source>Possible edge {x}</source>
        <translation>Limite possible {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="378"/>
        <source>Suggested strong {x}</source>
        <translation>Limite forte suggérée {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="379"/>
        <source>Suggested possible {x}</source>
        <translation>Limite possible suggérée {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="388"/>
        <source>Same person ({n})</source>
        <translation>Même personne ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="391"/>
        <source>Different people ({n})</source>
        <translation>Personnes différentes ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="397"/>
        <source>Distance (lower is more alike)</source>
        <translation>Distance (plus elle est faible, plus les visages se ressemblent)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="399"/>
        <source>Fused score (lower is more alike)</source>
        <translation>Score combiné (plus il est faible, plus les visages se ressemblent)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="400"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="420"/>
        <source>no pairs</source>
        <translation>aucune paire</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="422"/>
        <source>{part} of {whole} ({percent}%)</source>
        <translation>{part} sur {whole} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="444"/>
        <source>No suggestion yet: it needs at least {n} decisions of each kind, and there are {same} “same person” and {different} “different people”.</source>
        <translation>Pas encore de suggestion : il faut au moins {n} décisions de chaque type ; il y en a actuellement {same} « même personne » et {different} « personnes différentes ».</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="449"/>
        <source>No suggestion: pairs of different people come as close as pairs of the same person, so no strong edge keeps false matches at {fmr}% or below.</source>
        <translation>Aucune suggestion : les paires de personnes différentes sont aussi proches que les paires d&apos;une même personne ; aucune limite forte ne maintient donc les fausses correspondances à {fmr} % ou moins.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="453"/>
        <source>Suggested: strong at or below {strong}, possible at or below {possible}. The strong band would hold at most {fmr}% of the different-people pairs decided so far, and at most {fnmr}% of the same-person pairs would lie beyond the possible edge.</source>
        <translation>Suggestion : forte jusqu&apos;à {strong}, possible jusqu&apos;à {possible}. La tranche forte contiendrait au plus {fmr} % des paires « personnes différentes » jugées jusqu&apos;ici, et au plus {fnmr} % des paires « même personne » se situeraient au-delà de la limite possible.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="530"/>
        <source>The possible edge must be at or above the strong edge.</source>
        <translation>La limite possible doit être supérieure ou égale à la limite forte.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="536"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="555"/>
        <source>Bands saved.</source>
        <translation>Tranches sauvegardées.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/review_page.py" line="602"/>
        <source>Back to the queue</source>
        <translation>Retour à la file</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="604"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="606"/>
        <source>Previous case</source>
        <translation>Cas précédent</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="609"/>
        <source>Next case</source>
        <translation>Cas suivant</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="625"/>
        <source>Other candidates of this record:</source>
        <translation>Autres candidats pour ce dossier :</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="640"/>
        <source>Zoom both faces</source>
        <translation>Agrandir les deux visages</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="644"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="669"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="669"/>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="669"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="672"/>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="673"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="674"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="675"/>
        <source>History and decisions</source>
        <translation>Historique et décisions</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="683"/>
        <source>Same person (Alt+S)</source>
        <translation>Même personne (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="684"/>
        <source>Different people (Alt+D)</source>
        <translation>Personnes différentes (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="685"/>
        <source>Needs interview (Alt+I)</source>
        <translation>Entretien nécessaire (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="700"/>
        <source>Note (required for &apos;other reason&apos;)</source>
        <translation>Remarque (obligatoire pour « autre motif »)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="703"/>
        <source>Save decision</source>
        <translation>Sauvegarder la décision</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="705"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="708"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="746"/>
        <source>Alt+P</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="747"/>
        <source>Alt+N</source>
        <translation>Alt+N</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="782"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="784"/>
        <source>Candidate {n}: {band}, distance {d:.3f} ({state})</source>
        <translation>Candidat {n} : {band}, distance {d:.3f} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="808"/>
        <source>Distance {d:.3f} by {model}</source>
        <translation>Distance {d:.3f} selon {model}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="814"/>
        <source>(strong at or below {s:.3f}, possible at or below {p:.3f})</source>
        <translation>(forte jusqu&apos;à {s:.3f}, possible jusqu&apos;à {p:.3f})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="819"/>
        <source>{model}: {d:.3f}</source>
        <translation>{model} : {d:.3f}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="824"/>
        <source>Second opinion: {list}</source>
        <translation>Deuxième avis : {list}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="827"/>
        <source>Raised {when} at registration.</source>
        <translation>Signalé le {when}, à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="828"/>
        <source>Raised {when} by a batch check.</source>
        <translation>Signalé le {when} par une vérification par lot.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="829"/>
        <source>Raised {when} by the hub.</source>
        <translation>Signalé le {when} par le serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="830"/>
        <source>Raised {when}.</source>
        <translation>Signalé le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="841"/>
        <source>Primary record of an identity with {n} records</source>
        <translation>Dossier principal d&apos;une identité comptant {n} dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="844"/>
        <source>Linked to another record as the same person ({n} records)</source>
        <translation>Lié à un autre dossier comme étant la même personne ({n} dossiers)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="860"/>
        <source>The two records differ here</source>
        <translation>Les deux dossiers diffèrent ici</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="873"/>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="881"/>
        <source>Documents (same number on both)</source>
        <translation>Documents (même numéro dans les deux dossiers)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="883"/>
        <source>Documents ({a} and {b})</source>
        <translation>Documents ({a} et {b})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="894"/>
        <source>issued by {c}</source>
        <translation>délivré par {c}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="896"/>
        <source>valid until {d}</source>
        <translation>valable jusqu&apos;au {d}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="914"/>
        <source>No household</source>
        <translation>Aucun ménage</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="918"/>
        <source>{name} — {relationship} — {rid}</source>
        <translation>{name} — {relationship} — {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="931"/>
        <source>Decided: {decision} — {reason}</source>
        <translation>Décision : {decision} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="944"/>
        <source>{name}: version {n} saved</source>
        <translation>{name} : version {n} sauvegardée</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="954"/>
        <source>History and decisions ({n})</source>
        <translation>Historique et décisions ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="975"/>
        <source>Decided {when} by {who}: {decision}. A new decision replaces it; both stay in the history.</source>
        <translation>Décision prise le {when} par {who} : {decision}. Une nouvelle décision la remplace ; les deux restent dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1008"/>
        <source>Choose a decision first: same person, different people or needs interview.</source>
        <translation>Choisissez d&apos;abord une décision : même personne, personnes différentes ou entretien nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1014"/>
        <source>Say in the note why: the reason is &apos;other&apos;.</source>
        <translation>Expliquez pourquoi dans la remarque : le motif choisi est « autre ».</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="112"/>
        <source>Choose your own password</source>
        <translation>Choisissez votre propre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="121"/>
        <source>{operator}, you unlocked with a temporary password that a supervisor gave you. Choose your own password now: at least {n} characters that only you know.</source>
        <translation>{operator}, vous avez déverrouillé le poste avec un mot de passe temporaire fourni par un superviseur. Choisissez maintenant votre propre mot de passe : au moins {n} caractères, que personne d&apos;autre ne connaît.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="127"/>
        <source>{operator}, choose a new password: at least {n} characters that only you know.</source>
        <translation>{operator}, choisissez un nouveau mot de passe : au moins {n} caractères, que personne d&apos;autre ne connaît.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="135"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="135"/>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="137"/>
        <source>Saving the new password…</source>
        <translation>Sauvegarde du nouveau mot de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="142"/>
        <source>&amp;Save password</source>
        <translation>&amp;Sauvegarder le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="146"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="215"/>
        <source>The new password must differ from the temporary one.</source>
        <translation>Le nouveau mot de passe doit être différent du mot de passe temporaire.</translation>
    </message>
</context>
<context>
    <name>ConfirmPasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="252"/>
        <source>Confirm with your password</source>
        <translation>Confirmer avec votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="258"/>
        <source>To {action}, type your password again.</source>
        <translation>Pour {action}, saisissez de nouveau votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="260"/>
        <source>To go on, type your password again.</source>
        <translation>Pour continuer, saisissez de nouveau votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="263"/>
        <source>To {action}, type the recovery key again.</source>
        <translation>Pour {action}, saisissez de nouveau la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="265"/>
        <source>To go on, type the recovery key again.</source>
        <translation>Pour continuer, saisissez de nouveau la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="276"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="277"/>
        <source>Recovery &amp;key</source>
        <translation>Clé de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="277"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="281"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="286"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="290"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="312"/>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="335"/>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>Attendez {seconds} secondes avant le prochain essai.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="68"/>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="70"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="70"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="73"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="73"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="75"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="75"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="137"/>
        <source>How long the items have been waiting</source>
        <translation>Depuis combien de temps les éléments attendent</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="162"/>
        <source>(limit {n})</source>
        <translation>(limite : {n})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="165"/>
        <source>Nothing is waiting.</source>
        <translation>Rien n&apos;est en attente.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="167"/>
        <source>Oldest: {age}</source>
        <translation>Le plus ancien : {age}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="171"/>
        <source>— over the limit of {limit}</source>
        <translation>— au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="173"/>
        <source>(limit {limit})</source>
        <translation>(limite : {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>0–1 day</source>
        <translation>0–1 jour</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>1–3 days</source>
        <translation>1–3 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>3–7 days</source>
        <translation>3–7 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>7+ days</source>
        <translation>7 jours et plus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="200"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapports&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="204"/>
        <source>Last {n} days</source>
        <translation>{n} derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="206"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="208"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="210"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="225"/>
        <source>Possible duplicates waiting for review</source>
        <translation>Doublons possibles en attente d&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="227"/>
        <source>cases waiting for a supervisor&apos;s decision</source>
        <translation>cas en attente de la décision d&apos;un superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="230"/>
        <source>Records not yet at the hub</source>
        <translation>Dossiers pas encore parvenus au serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="232"/>
        <source>records waiting to be synced</source>
        <translation>dossiers en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="242"/>
        <source>Registrations</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="245"/>
        <source>&lt;b&gt;Per day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par jour&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="247"/>
        <source>&lt;b&gt;By operator&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par opérateur&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="248"/>
        <source>&lt;b&gt;By site&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par site&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="321"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="353"/>
        <source>Figures as of {time}.</source>
        <translation>Chiffres arrêtés à {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="365"/>
        <source>{strong} strong and {possible} possible matches</source>
        <translation>Correspondances fortes : {strong} ; possibles : {possible}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="371"/>
        <source>{waiting} waiting to be sent, {sent} sent and not yet confirmed</source>
        <translation>En attente d&apos;envoi : {waiting} ; envoyés mais pas encore confirmés : {sent}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="379"/>
        <source>{total} registrations from {first} to {last}</source>
        <translation>Enregistrements du {first} au {last} : {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="396"/>
        <source>all others</source>
        <translation>tous les autres</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="409"/>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>Un fichier portant ce nom existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="428"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="448"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="469"/>
        <source>Saved to {name}.</source>
        <translation>Sauvegardé dans {name}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="188"/>
        <source>Registrar - first start</source>
        <translation>Registrar - premier démarrage</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Creating the encrypted vault…</source>
        <translation>Création du coffre-fort chiffré…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../ui/login.py" line="37"/>
        <source>Registrar - unlock</source>
        <translation>Registrar - déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="38"/>
        <source>&lt;h2&gt;Registrar&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registrar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>your operator name</source>
        <translation>votre nom d&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="73"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>&amp;About Registrar</source>
        <translation>À &amp;propos de Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>Version and the licences of its components (F1)</source>
        <translation>Version et licences de ses composants (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="118"/>
        <source>Type your operator name and your password.</source>
        <translation>Saisissez votre nom d&apos;opérateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Register</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Register a person.</source>
        <translation>Enregistrer une personne.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Find people by name, registration id or document number.</source>
        <translation>Rechercher des personnes par nom, numéro d&apos;enregistrement ou numéro de document.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Supervisors review possible duplicates here.</source>
        <translation>Les superviseurs examinent ici les doublons possibles.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Supervisors approve the day&apos;s records here.</source>
        <translation>Les superviseurs approuvent ici les dossiers de la journée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Registrations, backlogs and threshold calibration.</source>
        <translation>Enregistrements, retards et calibrage des seuils.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Supervisors manage operators here.</source>
        <translation>Les superviseurs gèrent ici les opérateurs.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Send records to the hub, over the network or on a USB stick.</source>
        <translation>Envoyer les dossiers au serveur central, par le réseau ou sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Station, operators and thresholds.</source>
        <translation>Poste, opérateurs et seuils.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>About Registrar and the licences of its components (F1)</source>
        <translation>À propos de Registrar et des licences de ses composants (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>officer</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>{operator} ({role}) at {site}</source>
        <translation>{operator} ({role}) à {site}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>{n} waiting for sync</source>
        <translation>{n} en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>{n} case(s) to review</source>
        <translation>{n} cas à examiner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Backlog</source>
        <translation>Retard accumulé</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="75"/>
        <source>Type the password, then type it again below.</source>
        <translation>Saisissez le mot de passe, puis saisissez-le de nouveau ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="81"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>Les deux mots de passe sont différents. Saisissez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../ui/operators_page.py" line="214"/>
        <source>&lt;h2&gt;Operators&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Opérateurs&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="216"/>
        <source>Only supervisors manage operators. Ask a supervisor to add someone, to give a new password or to change a role.</source>
        <translation>Seuls les superviseurs gèrent les opérateurs. Demandez à un superviseur d&apos;ajouter une personne, de donner un nouveau mot de passe ou de changer un rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="226"/>
        <source>Each operator unlocks this station with their own password. When you set a temporary password, give it to the operator in person: they must choose their own at their next unlock.</source>
        <translation>Chaque opérateur déverrouille ce poste avec son propre mot de passe. Si vous définissez un mot de passe temporaire, remettez-le en personne à l&apos;opérateur : il devra choisir le sien au prochain déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="255"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="257"/>
        <source>&amp;Reset password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="259"/>
        <source>Change r&amp;ole</source>
        <translation>&amp;Changer de rôle</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="261"/>
        <location filename="../../ui/operators_page.py" line="542"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="263"/>
        <source>&amp;Enable…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="323"/>
        <location filename="../../ui/operators_page.py" line="360"/>
        <source>Loading the operators…</source>
        <translation>Chargement des opérateurs…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="366"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="366"/>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="370"/>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="372"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="374"/>
        <source>Disabled since {date}</source>
        <translation>Désactivé depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="378"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="380"/>
        <source>Temporary: must be changed at the next unlock</source>
        <translation>Temporaire : à changer au prochain déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="433"/>
        <source>Make this supervisor an officer</source>
        <translation>Faire de ce superviseur un agent</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="435"/>
        <source>Make this officer a supervisor</source>
        <translation>Faire de cet agent un superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="443"/>
        <source>Add an operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="444"/>
        <source>The new operator unlocks with this temporary password and then chooses their own. Give it to them in person.</source>
        <translation>Le nouvel opérateur déverrouille le poste avec ce mot de passe temporaire, puis choisit le sien. Remettez-le-lui en personne.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="448"/>
        <source>&amp;Add operator</source>
        <translation>&amp;Ajouter l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="461"/>
        <source>{name} was added as a supervisor.</source>
        <translation>{name} a été ajouté(e) comme superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="463"/>
        <source>{name} was added as an officer.</source>
        <translation>{name} a été ajouté(e) comme agent.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="476"/>
        <source>Reset the password of {name}</source>
        <translation>Réinitialiser le mot de passe de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="477"/>
        <source>{name}&apos;s current password stops working. {name} unlocks with this temporary password and then chooses their own.</source>
        <translation>Le mot de passe actuel de {name} ne fonctionnera plus. {name} déverrouillera le poste avec ce mot de passe temporaire, puis choisira le sien.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="481"/>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="492"/>
        <source>{name} has a temporary password now and must change it at the next unlock.</source>
        <translation>{name} a maintenant un mot de passe temporaire et devra le changer au prochain déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="506"/>
        <source>Enable {name}</source>
        <translation>Réactiver {name}</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="507"/>
        <source>{name} can unlock again, with this temporary password, and then chooses their own.</source>
        <translation>{name} pourra de nouveau déverrouiller le poste avec ce mot de passe temporaire, puis choisira le sien.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="510"/>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="521"/>
        <source>{name} is enabled and must change the password at the next unlock.</source>
        <translation>{name} est réactivé(e) et devra changer le mot de passe au prochain déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="537"/>
        <source>Disable {name}?</source>
        <translation>Désactiver {name} ?</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="538"/>
        <source>{name} will no longer be able to unlock this station. Their records and their name in the audit log stay. You can enable them again later.</source>
        <translation>{name} ne pourra plus déverrouiller ce poste. Ses dossiers et son nom dans le journal d&apos;audit sont conservés. Vous pourrez réactiver {name} plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="543"/>
        <source>{name} is disabled.</source>
        <translation>{name} est désactivé(e).</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="553"/>
        <source>Make {name} an officer?</source>
        <translation>Faire de {name} un agent ?</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="554"/>
        <source>{name} will no longer review cases, export or manage operators. This takes effect when {name} next unlocks.</source>
        <translation>{name} ne pourra plus examiner de cas, exporter ni gérer les opérateurs. Ce changement prendra effet au prochain déverrouillage de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="558"/>
        <source>{name} is an officer from the next unlock.</source>
        <translation>{name} sera agent à partir du prochain déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="561"/>
        <source>Make {name} a supervisor?</source>
        <translation>Faire de {name} un superviseur ?</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="562"/>
        <source>{name} will also review cases, export and manage operators. This takes effect when {name} next unlocks.</source>
        <translation>{name} pourra aussi examiner des cas, exporter et gérer les opérateurs. Ce changement prendra effet au prochain déverrouillage de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="566"/>
        <source>{name} is a supervisor from the next unlock.</source>
        <translation>{name} sera superviseur à partir du prochain déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="571"/>
        <source>&amp;Change role</source>
        <translation>&amp;Changer de rôle</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="582"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="648"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people_page.py" line="313"/>
        <location filename="../../ui/people_page.py" line="338"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="314"/>
        <source>Registration id</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="315"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="316"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="317"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="318"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="319"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="320"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="336"/>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="338"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people_page.py" line="538"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="547"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="550"/>
        <source>Name, registration id or document number</source>
        <translation>Nom, numéro d&apos;enregistrement ou numéro de document</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="551"/>
        <source>Find people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="553"/>
        <source>Type a name, a registration id or a document number. Press Down to go to the results and Enter to open a person.</source>
        <translation>Saisissez un nom, un numéro d&apos;enregistrement ou un numéro de document. Appuyez sur la flèche Bas pour aller aux résultats et sur Entrée pour ouvrir une personne.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="560"/>
        <source>Search by &amp;photo…</source>
        <translation>Rechercher par &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="562"/>
        <source>Find people whose face matches a photo file</source>
        <translation>Rechercher les personnes dont le visage correspond à un fichier photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="563"/>
        <source>Search by &amp;camera…</source>
        <translation>Rechercher par &amp;caméra…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="565"/>
        <source>Photograph the person and find matching faces</source>
        <translation>Photographier la personne et rechercher les visages correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="577"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="605"/>
        <source>Enter or double-click opens the selected person.</source>
        <translation>Entrée ou un double-clic ouvre la personne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="684"/>
        <source>The check character does not match: check the id for a typo. The last character of a registration id is computed from the others.</source>
        <translation>Le caractère de contrôle ne correspond pas : vérifiez que le numéro ne contient pas de faute de frappe. Le dernier caractère d&apos;un numéro d&apos;enregistrement est calculé à partir des autres.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="691"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="722"/>
        <source>Scroll down for more.</source>
        <translation>Faites défiler vers le bas pour en voir plus.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="725"/>
        <source>No one is registered yet.</source>
        <translation>Personne n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="728"/>
        <source>The {n} most recent registrations, newest first.</source>
        <translation>Les {n} enregistrements les plus récents, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="731"/>
        <source>Found by registration id.</source>
        <translation>Trouvé par numéro d&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="734"/>
        <source>No one found for “{text}”.</source>
        <translation>Personne n&apos;a été trouvé pour « {text} ».</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="737"/>
        <source>{d} person(s) hold a document with this number; {n} found in all (document number or name).</source>
        <translation>Personnes détenant un document portant ce numéro : {d} ; résultats au total : {n} (numéro de document ou nom).</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="744"/>
        <source>{n} found by name.</source>
        <translation>Trouvées par nom : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="748"/>
        <source>No person with this registration id in this vault.</source>
        <translation>Aucune personne n&apos;a ce numéro d&apos;enregistrement dans ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="751"/>
        <source>The check character does not match: check the id for a typo.</source>
        <translation>Le caractère de contrôle ne correspond pas : vérifiez que le numéro ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="760"/>
        <source>{n} people in this vault</source>
        <translation>Personnes dans ce coffre-fort : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="816"/>
        <source>Search by photo</source>
        <translation>Rechercher par photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="818"/>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="828"/>
        <source>Search by camera</source>
        <translation>Rechercher par caméra</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="829"/>
        <source>Ask the person to look at the camera, then take the picture.</source>
        <translation>Demandez à la personne de regarder la caméra, puis prenez la photo.</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="314"/>
        <source>Person record</source>
        <translation>Dossier de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="351"/>
        <source>&amp;Details</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="354"/>
        <location filename="../../ui/person_detail.py" line="1027"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="357"/>
        <location filename="../../ui/person_detail.py" line="1028"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="358"/>
        <location filename="../../ui/person_detail.py" line="1029"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="361"/>
        <source>History of this record</source>
        <translation>Historique de ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="363"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="363"/>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="363"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="366"/>
        <location filename="../../ui/person_detail.py" line="1030"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="368"/>
        <source>&amp;Edit details</source>
        <translation>&amp;Modifier les informations</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="374"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="377"/>
        <source>Save a copy of everything held about this person, for them</source>
        <translation>Sauvegarder, pour la personne, une copie de toutes les données la concernant</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="379"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="381"/>
        <source>Remove this person from the vault for good</source>
        <translation>Retirer définitivement cette personne du coffre-fort</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="388"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="414"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="415"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="416"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="417"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="418"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="419"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="420"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="421"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="422"/>
        <source>Specific needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="423"/>
        <source>Registered</source>
        <translation>Date d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="451"/>
        <source>Date of birth known</source>
        <translation>Date de naissance connue</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="452"/>
        <source>Year of birth estimated</source>
        <translation>Année de naissance estimée</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="453"/>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="456"/>
        <source>year-month-day, e.g. 1990-04-21</source>
        <translation>année-mois-jour, p. ex. 1990-04-21</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="465"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Sauvegarder comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="468"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="479"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="480"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="481"/>
        <source>&amp;Other names:</source>
        <translation>A&amp;utres noms :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="482"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="483"/>
        <source>&amp;Birth:</source>
        <translation>Na&amp;issance :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="484"/>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="485"/>
        <source>Year of birth:</source>
        <translation>Année de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="486"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="500"/>
        <source>Other members of the household</source>
        <translation>Autres membres du ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="502"/>
        <source>Enter or double-click opens a member&apos;s record.</source>
        <translation>Entrée ou un double-clic ouvre le dossier d&apos;un membre.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="527"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="548"/>
        <location filename="../../ui/person_detail.py" line="944"/>
        <location filename="../../ui/person_detail.py" line="1003"/>
        <source>This person is no longer in the vault.</source>
        <translation>Cette personne ne figure plus dans le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="561"/>
        <source>Registration id: {rid}</source>
        <translation>Numéro d&apos;enregistrement : {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="563"/>
        <source>{state} · version {version} · last change {when} by {who}</source>
        <translation>{state} · version {version} · dernière modification le {when} par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="573"/>
        <location filename="../../ui/person_detail.py" line="1018"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="578"/>
        <source>Face photo</source>
        <translation>Photo du visage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="579"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="590"/>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="600"/>
        <source>Photos ({n})</source>
        <translation>Photos ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="601"/>
        <source>Documents ({n})</source>
        <translation>Documents ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="602"/>
        <source>Household ({n})</source>
        <translation>Ménage ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="604"/>
        <source>History ({n})</source>
        <translation>Historique ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="610"/>
        <source>No face photo recorded.</source>
        <translation>Aucune photo du visage enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="615"/>
        <source>Face photo {n}</source>
        <translation>Photo du visage {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="620"/>
        <source>Taken {when}</source>
        <translation>Prise le {when}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="630"/>
        <source>No document recorded.</source>
        <translation>Aucun document enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="645"/>
        <source>Number: {number}</source>
        <translation>Numéro : {number}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="647"/>
        <source>Issued by: {country}</source>
        <translation>Délivré par : {country}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="651"/>
        <source>Expired on {date}</source>
        <translation>Expiré le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="653"/>
        <source>Valid until {date}</source>
        <translation>Valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="658"/>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="668"/>
        <source>Not recorded in a household.</source>
        <translation>Non rattaché(e) à un ménage.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="671"/>
        <source>This person: {relationship}. Other members: {n}.</source>
        <translation>Cette personne : {relationship}. Autres membres : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="679"/>
        <source>{name} — {relationship} — {rid}</source>
        <translation>{name} — {relationship} — {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="694"/>
        <source>Version {n}: registered</source>
        <translation>Version {n} : enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="697"/>
        <source>Version {n}: changed {fields}</source>
        <translation>Version {n} : modifications ({fields})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="699"/>
        <source>nothing in the details</source>
        <translation>aucune dans les informations</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="775"/>
        <source>Give a given name or a family name.</source>
        <translation>Indiquez un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="786"/>
        <source>Write the date of birth as year-month-day, for example 1990-04-21.</source>
        <translation>Écrivez la date de naissance sous la forme année-mois-jour, par exemple 1990-04-21.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="817"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="829"/>
        <source>Saved as version {n}.</source>
        <translation>Sauvegardé comme version {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="840"/>
        <source>This person was changed meanwhile — reloaded. Look at the record and make your change again if it is still needed.</source>
        <translation>Cette personne a été modifiée entre-temps — le dossier a été rechargé. Consultez-le et refaites votre modification si elle est toujours nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="856"/>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="857"/>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="858"/>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="862"/>
        <source>Check the {name}: at most {n} characters and no control characters.</source>
        <translation>Vérifiez le champ « {name} » : {n} caractères au maximum et aucun caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="866"/>
        <source>The date of birth is in the future or more than 130 years ago.</source>
        <translation>La date de naissance est dans le futur ou remonte à plus de 130 ans.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="870"/>
        <source>The year of birth is in the future or more than 130 years ago.</source>
        <translation>L&apos;année de naissance est dans le futur ou remonte à plus de 130 ans.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="874"/>
        <source>A phone number may hold only digits, spaces, + ( ) and -.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, des espaces, + ( ) et -.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="920"/>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="930"/>
        <source>Saved a copy of everything held about this person to {path}. The copy is not encrypted: hand it over safely, then delete it from this computer.</source>
        <translation>Une copie de toutes les données concernant cette personne a été sauvegardée dans {path}. La copie n&apos;est pas chiffrée : remettez-la en toute sécurité, puis supprimez-la de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="939"/>
        <source>{name} is already in that folder (an earlier copy?). Nothing was written. Choose another folder, or move the earlier copy away first.</source>
        <translation>{name} existe déjà dans ce dossier (une copie précédente ?). Rien n&apos;a été écrit. Choisissez un autre dossier ou déplacez d&apos;abord la copie précédente.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="948"/>
        <source>The copy could not be written there ({reason}). Nothing was left behind. Check that the folder exists, the USB stick is plugged in and has free space, then try again.</source>
        <translation>Impossible d&apos;écrire la copie à cet endroit ({reason}). Aucun fichier n&apos;a été laissé. Vérifiez que le dossier existe, que la clé USB est branchée et qu&apos;elle a de l&apos;espace libre, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="978"/>
        <source>Erasing…</source>
        <translation>Effacement en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="991"/>
        <source>The record {rid} was erased. Nothing about this person is left in the vault; the audit log keeps only that a record was erased, when, by whom and why.</source>
        <translation>Le dossier {rid} a été effacé. Il ne reste rien sur cette personne dans le coffre-fort ; le journal d&apos;audit conserve seulement le fait qu&apos;un dossier a été effacé, quand, par qui et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1007"/>
        <source>Nothing was erased.</source>
        <translation>Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1014"/>
        <source>Erased record</source>
        <translation>Dossier effacé</translation>
    </message>
</context>
<context>
    <name>PersonEraseDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="1134"/>
        <source>Erase a person&apos;s record</source>
        <translation>Effacer le dossier d&apos;une personne</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1137"/>
        <source>Registration id: {rid}</source>
        <translation>Numéro d&apos;enregistrement : {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1140"/>
        <source>Erasing removes this person&apos;s details and every earlier version, consents, face photos, documents, face templates, duplicate cases and approvals from this vault for good. It cannot be undone. The audit log keeps only that a record was erased, when, by whom and why. If the record went to the hub, the hub and the sites it was shown to erase it too after the next sync. If the person asked for a copy, export it first.</source>
        <translation>L&apos;effacement supprime définitivement de ce coffre-fort les informations de cette personne et toutes leurs versions antérieures, les consentements, les photos du visage, les documents, les modèles biométriques du visage, les cas de doublons et les approbations. Cette action est irréversible. Le journal d&apos;audit conserve seulement le fait qu&apos;un dossier a été effacé, quand, par qui et pourquoi. Si le dossier a été envoyé au serveur central, celui-ci et les sites auxquels il a été montré l&apos;effacent aussi après la prochaine synchronisation. Si la personne a demandé une copie, exportez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1153"/>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1160"/>
        <source>Type the registration id shown above to confirm the erasure</source>
        <translation>Saisissez le numéro d&apos;enregistrement affiché ci-dessus pour confirmer l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1166"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1171"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1179"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1182"/>
        <source>&amp;Type {rid} to confirm:</source>
        <translation>&amp;Saisissez {rid} pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1216"/>
        <source>This is not the registration id shown above; check for a typo.</source>
        <translation>Ce n&apos;est pas le numéro d&apos;enregistrement affiché ci-dessus ; vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1219"/>
        <source>Choose the reason for the erasure.</source>
        <translation>Choisissez le motif de l&apos;effacement.</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="1064"/>
        <source>Export a person&apos;s record</source>
        <translation>Exporter le dossier d&apos;une personne</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1067"/>
        <source>Registration id: {rid}</source>
        <translation>Numéro d&apos;enregistrement : {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1069"/>
        <source>The copy holds everything this vault keeps about the person: their details and every earlier version, consents, face photos, document pages, face templates, duplicate cases and decisions, approvals and the history of the record, in person.json and image files.</source>
        <translation>La copie contient tout ce que ce coffre-fort conserve sur la personne : ses informations et toutes leurs versions antérieures, les consentements, les photos du visage, les pages des documents, les modèles biométriques du visage, les cas de doublons et les décisions, les approbations et l&apos;historique du dossier, dans le fichier person.json et des fichiers image.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1077"/>
        <source>One &amp;zip file: {rid}.zip</source>
        <translation>Un fichier &amp;zip : {rid}.zip</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1081"/>
        <source>A &amp;folder: {rid}</source>
        <translation>Un &amp;dossier : {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1085"/>
        <source>The copy is not encrypted. Save it only where you control who can read it, give it only to the person (or as the law requires) and delete it once it has been handed over. The export is recorded in the audit log.</source>
        <translation>La copie n&apos;est pas chiffrée. Sauvegardez-la uniquement à un endroit dont vous contrôlez l&apos;accès, remettez-la uniquement à la personne (ou selon ce que la loi exige) et supprimez-la une fois remise. L&apos;exportation est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1093"/>
        <source>&amp;Choose a folder and export…</source>
        <translation>&amp;Choisir un dossier et exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1097"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1103"/>
        <source>Save the copy as:</source>
        <translation>Sauvegarder la copie sous la forme de :</translation>
    </message>
</context>
<context>
    <name>PhotoSearchDialog</name>
    <message>
        <location filename="../../ui/people_page.py" line="475"/>
        <source>Search by photo</source>
        <translation>Rechercher par photo</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="478"/>
        <source>Search with another photo…</source>
        <translation>Rechercher avec une autre photo…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="482"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="501"/>
        <source>{n} registered person(s) may match this photo. Compare the photos before you open a record.</source>
        <translation>Personnes enregistrées pouvant correspondre à cette photo : {n}. Comparez les photos avant d&apos;ouvrir un dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="508"/>
        <source>No registered person matches this photo.</source>
        <translation>Aucune personne enregistrée ne correspond à cette photo.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="512"/>
        <source>Searched photo</source>
        <translation>Photo recherchée</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/sync_page.py" line="620"/>
        <source>Registration id</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="621"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="622"/>
        <source>Why it cannot leave</source>
        <translation>Pourquoi il ne peut pas partir</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="623"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Qt reads this: RTL lays the whole application out right to left, LTR does not.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/review_page.py" line="365"/>
        <source>Waiting for a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="366"/>
        <source>Waiting for an interview</source>
        <translation>En attente d&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="367"/>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="372"/>
        <source>Any match</source>
        <translation>Toutes les correspondances</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="373"/>
        <source>Strong matches</source>
        <translation>Correspondances fortes</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="374"/>
        <source>Possible matches</source>
        <translation>Correspondances possibles</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="384"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="385"/>
        <location filename="../../ui/review_page.py" line="400"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="386"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="387"/>
        <source>Registered by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="388"/>
        <source>Raised from</source>
        <translation>Signalé du</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="389"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="401"/>
        <source>New record</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="402"/>
        <source>Registration id</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="403"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="404"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="405"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="416"/>
        <source>Open case</source>
        <translation>Ouvrir le cas</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="418"/>
        <source>Open the selected case (Enter)</source>
        <translation>Ouvrir le cas sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="420"/>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="422"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="431"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="457"/>
        <source>any day</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="493"/>
        <source>Every site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="494"/>
        <source>Anyone</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="499"/>
        <source>different households</source>
        <translation>ménages différents</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="501"/>
        <source>found at the hub: site {site}</source>
        <translation>trouvé par le serveur central : site {site}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="503"/>
        <source>found at the hub</source>
        <translation>trouvé par le serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="505"/>
        <source>found by a batch check</source>
        <translation>trouvé par un contrôle groupé</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="524"/>
        <source>{cases} cases wait for a decision; {shown} of {groups} records shown.</source>
        <translation>Cas en attente de décision : {cases} ; dossiers affichés : {shown} sur {groups}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="530"/>
        <source>{shown} of {groups} records shown.</source>
        <translation>Dossiers affichés : {shown} sur {groups}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="536"/>
        <source>Nothing to show with these filters.</source>
        <translation>Rien à afficher avec ces filtres.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../ui/approvals_page.py" line="207"/>
        <source>Refuse a record</source>
        <translation>Refuser un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="211"/>
        <source>Refuse {name} ({registration_id}, version {version})? The record is not sent to the hub until an officer corrects it and a supervisor approves the new version.</source>
        <translation>Refuser le dossier de {name} ({registration_id}, version {version}) ? Le dossier ne sera pas envoyé au serveur central tant qu&apos;un agent ne l&apos;aura pas corrigé et qu&apos;un superviseur n&apos;aura pas approuvé la nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="220"/>
        <source>&amp;Reason (the officer reads it to correct the record):</source>
        <translation>&amp;Motif (l&apos;agent le lira pour corriger le dossier) :</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="224"/>
        <source>Reason for refusing</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="226"/>
        <source>For example: the year of birth does not match the document.</source>
        <translation>Par exemple : l&apos;année de naissance ne correspond pas au document.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="237"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="240"/>
        <source>Refuse the record with this reason</source>
        <translation>Refuser le dossier avec ce motif</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="266"/>
        <source>{n} of {max} characters</source>
        <translation>{n} caractères sur {max}</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="268"/>
        <source>Too long: {n} of {max} characters</source>
        <translation>Trop long : {n} caractères sur {max}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="486"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="487"/>
        <source>Duplicate &amp;bands</source>
        <translation>Tranches de &amp;doublons</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="1144"/>
        <source>{n} possible duplicates wait for a supervisor&apos;s review. Only a supervisor can open and decide them; registration goes on meanwhile.</source>
        <translation>Doublons possibles en attente d&apos;examen par un superviseur : {n}. Seul un superviseur peut les ouvrir et statuer ; les enregistrements continuent en attendant.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1205"/>
        <source>Record {r} of {rows} · candidate {c} of {cases}</source>
        <translation>Dossier {r} sur {rows} · candidat {c} sur {cases}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1227"/>
        <source>That case no longer exists (a record was erased). The queue was reloaded.</source>
        <translation>Ce cas n&apos;existe plus (un dossier a été effacé). La file a été rechargée.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1285"/>
        <source>Saved: {decision}.</source>
        <translation>Décision sauvegardée : {decision}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1289"/>
        <source>This is the next case.</source>
        <translation>Voici le cas suivant.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1298"/>
        <source>That was the last case shown.</source>
        <translation>C&apos;était le dernier cas affiché.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1315"/>
        <source>decide this case</source>
        <translation>statuer sur ce cas</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1320"/>
        <source>The decision was not saved: confirm your password to decide.</source>
        <translation>La décision n&apos;a pas été sauvegardée : confirmez votre mot de passe pour statuer.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>Site and station</source>
        <translation>Site et poste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="113"/>
        <source> minutes without use</source>
        <translation> minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="116"/>
        <source>Take the photo &amp;automatically when the face is good</source>
        <translation>Prendre la photo &amp;automatiquement quand le visage est bon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="127"/>
        <source>How long the face must stay good before the photo is taken.</source>
        <translation>Durée pendant laquelle le visage doit rester bon avant la prise de la photo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="129"/>
        <source>At the desk</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>&amp;Lock the station after</source>
        <translation>&amp;Verrouiller le poste après</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="133"/>
        <source>&amp;Hold a good face for</source>
        <translation>&amp;Maintenir un bon visage pendant</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="141"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144"/>
        <source>&amp;Strong match at or below</source>
        <translation>Correspondance &amp;forte jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="145"/>
        <source>&amp;Possible match at or below</source>
        <translation>Correspondance &amp;possible jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <source>Ask the supervisor&apos;s &amp;password again before a decision on a duplicate</source>
        <translation>&amp;Redemander le mot de passe du superviseur avant toute décision sur un doublon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <location filename="../../ui/settings_page.py" line="200"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="159"/>
        <source>One confirmation covers the decisions taken within this time.</source>
        <translation>Une confirmation couvre les décisions prises pendant ce délai.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Records wait for a supervisor&apos;s &amp;approval before they are synced</source>
        <translation>&amp;Exiger l&apos;approbation d&apos;un superviseur avant de synchroniser les dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="165"/>
        <source>Review and approval</source>
        <translation>Examen et approbation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>A confirmation &amp;lasts</source>
        <translation>Une confirmation &amp;dure</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="172"/>
        <source> cases</source>
        <translation> cas</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="173"/>
        <location filename="../../ui/settings_page.py" line="175"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="174"/>
        <source> records</source>
        <translation> dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Stop &amp;new registrations while a limit is passed (not only warn)</source>
        <translation>&amp;Bloquer les nouveaux enregistrements tant qu&apos;une limite est dépassée (et pas seulement avertir)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="181"/>
        <source>Backlog warnings</source>
        <translation>Alertes de retard</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="183"/>
        <source>Warn when the work waiting passes a limit; 0 is off.</source>
        <translation>Avertir quand le travail en attente dépasse une limite ; 0 = désactivé.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="187"/>
        <source>Possible duplicates waiting, more than</source>
        <translation>Doublons possibles en attente, plus de</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="188"/>
        <source>Oldest possible duplicate, older than</source>
        <translation>Plus ancien doublon possible, depuis plus de</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Records not at the hub, more than</source>
        <translation>Dossiers non parvenus au serveur central, plus de</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Oldest record not at the hub, older than</source>
        <translation>Plus ancien dossier non parvenu au serveur central, depuis plus de</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="201"/>
        <source>off (only Sync now)</source>
        <translation>désactivé (uniquement « Synchroniser maintenant »)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="204"/>
        <source>While the vault is open, records are sent to the hub this often.</source>
        <translation>Tant que le coffre-fort est ouvert, les dossiers sont envoyés au serveur central à cet intervalle.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="209"/>
        <source> days after the hub&apos;s receipt</source>
        <translation> jours après l&apos;accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210"/>
        <source>never (keep them)</source>
        <translation>jamais (les conserver)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="213"/>
        <source>Records the hub has acknowledged are removed from this laptop after so many days, unless a possible duplicate still needs them.</source>
        <translation>Les dossiers dont le serveur central a confirmé la réception sont retirés de cet ordinateur portable après ce nombre de jours, sauf si un doublon possible en a encore besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <location filename="../../ui/settings_page.py" line="219"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="223"/>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="226"/>
        <source>A cut link costs at most one piece again. Smaller pieces suit poor links.</source>
        <translation>Si la connexion est coupée, il faut renvoyer au plus un morceau. Des morceaux plus petits conviennent mieux aux connexions de mauvaise qualité.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="228"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="231"/>
        <source>Sync in the back&amp;ground every</source>
        <translation>Synchroniser en arrière-plan &amp;toutes les</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="232"/>
        <source>&amp;Remove synced records</source>
        <translation>Suppr&amp;imer les dossiers synchronisés</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="233"/>
        <source>Largest &amp;batch</source>
        <translation>Taille maximale d&apos;un &amp;lot</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Largest r&amp;ecord</source>
        <translation>Taille maximale d&apos;un d&amp;ossier</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="235"/>
        <source>&amp;Upload piece</source>
        <translation>Taille des mor&amp;ceaux d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="238"/>
        <source>Only a supervisor can change settings.</source>
        <translation>Seul un superviseur peut modifier les paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="246"/>
        <source>&amp;Save</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="334"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="382"/>
        <source>Loading the settings…</source>
        <translation>Chargement des paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="426"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="461"/>
        <source>No band edges are set for the deciding score ({score}).</source>
        <translation>Aucune limite de tranche n&apos;est définie pour le score décisif ({score}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="469"/>
        <source>Decided by {score}. A new face at or below the strong edge is a strong match; at or below the possible edge, a possible match. Both go to a supervisor to compare. Lower edges raise fewer cases and miss more.</source>
        <translation>Décision fondée sur {score}. Un nouveau visage dont la valeur est inférieure ou égale à la limite forte est une correspondance forte ; inférieure ou égale à la limite possible, une correspondance possible. Dans les deux cas, un superviseur compare les photos. Des limites plus basses signalent moins de cas, mais en manquent davantage.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="478"/>
        <source>the SFace distance</source>
        <translation>la distance SFace</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="479"/>
        <source>the dlib distance</source>
        <translation>la distance dlib</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="480"/>
        <source>the fused score of both models</source>
        <translation>le score combiné des deux modèles</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="584"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="599"/>
        <source>The possible edge must be at or above the strong edge.</source>
        <translation>La limite possible doit être supérieure ou égale à la limite forte.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="608"/>
        <source>Settings saved</source>
        <translation>Paramètres sauvegardés</translation>
    </message>
</context>
<context>
    <name>SideColumn</name>
    <message>
        <location filename="../../ui/review_page.py" line="552"/>
        <source>Open record</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="554"/>
        <source>Keep as primary</source>
        <translation>Garder comme dossier principal</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="570"/>
        <source>Face of {name}</source>
        <translation>Visage de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="574"/>
        <source>Registered {when} by {who}</source>
        <translation>Enregistré(e) le {when} par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="580"/>
        <source>Found at the hub: registered at site {site} ({station})</source>
        <translation>Trouvé par le serveur central : enregistré sur le site {site} ({station})</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="698"/>
        <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Synchronisation&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="703"/>
        <source>This station is not enrolled at a hub yet.</source>
        <translation>Ce poste n&apos;est encore inscrit auprès d&apos;aucun serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="710"/>
        <source>Read this out to the hub operator to check that you reached your hub.</source>
        <translation>Lisez cette empreinte à voix haute au responsable du serveur central pour vérifier que vous êtes bien relié à votre serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="718"/>
        <source>C&amp;hange…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="720"/>
        <source>The hub moved: give its new address</source>
        <translation>Le serveur central a changé d&apos;adresse : indiquez la nouvelle</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="725"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="726"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="727"/>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="728"/>
        <source>This station&apos;s id</source>
        <translation>Identifiant de ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="732"/>
        <source>Type the address the hub operator gave you. The station checks that the hub there has the same keys; the enrolment stays.</source>
        <translation>Saisissez l&apos;adresse donnée par l&apos;opérateur du serveur central. Le poste vérifie que le serveur à cette adresse a les mêmes clés ; l&apos;inscription est conservée.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="741"/>
        <source>The hub&apos;s new address</source>
        <translation>La nouvelle adresse du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="744"/>
        <source>Save &amp;address</source>
        <translation>Enregistrer l&apos;&amp;adresse</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="744"/>
        <source>Save the hub&apos;s new address</source>
        <translation>Enregistrer la nouvelle adresse du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="747"/>
        <source>&amp;Keep the old address</source>
        <translation>&amp;Garder l&apos;ancienne adresse</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="749"/>
        <source>Close without changing the hub&apos;s address</source>
        <translation>Fermer sans changer l&apos;adresse du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="756"/>
        <source>&amp;New address</source>
        <translation>&amp;Nouvelle adresse</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="765"/>
        <source>Ask the hub operator for the hub&apos;s address and a one-time enrolment token, then type both here.</source>
        <translation>Demandez au responsable du serveur central l&apos;adresse du serveur et un code d&apos;inscription à usage unique, puis saisissez-les ici.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="774"/>
        <source>The hub&apos;s address</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="778"/>
        <source>Enrolment token</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="783"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="783"/>
        <source>Enrol this station at the hub</source>
        <translation>Inscrire ce poste auprès du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="790"/>
        <source>Hub &amp;address</source>
        <translation>A&amp;dresse du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="791"/>
        <source>&amp;Token</source>
        <translation>&amp;Code d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="797"/>
        <source>A supervisor must enrol this station at the hub before records can be sent. Until then they wait safely in the vault.</source>
        <translation>Un superviseur doit inscrire ce poste auprès du serveur central avant que les dossiers puissent être envoyés. D&apos;ici là, ils attendent en sécurité dans le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="806"/>
        <source>The hub</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="828"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="828"/>
        <source>Send the waiting records to the hub</source>
        <translation>Envoyer au serveur central les dossiers en attente</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="831"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="831"/>
        <source>Stop the sync that is running</source>
        <translation>Arrêter la synchronisation en cours</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="835"/>
        <source>Bytes sent to the hub</source>
        <translation>Octets envoyés au serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="839"/>
        <source>&amp;Write batches to a folder…</source>
        <translation>Écrire les &amp;lots dans un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="841"/>
        <source>Write the waiting batches to a folder, e.g. on a USB stick</source>
        <translation>Écrire les lots en attente dans un dossier, par exemple sur une clé USB</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="844"/>
        <source>&amp;Read receipts from a folder…</source>
        <translation>Lire les accusés de &amp;réception depuis un dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="846"/>
        <source>Read the hub&apos;s receipts and findings from a folder</source>
        <translation>Lire depuis un dossier les accusés de réception et les résultats du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="849"/>
        <source>Without a network: write the batches to a USB stick, let the hub operator read them, then read the receipts the hub wrote back.</source>
        <translation>Sans réseau : écrivez les lots sur une clé USB, faites-les lire par le responsable du serveur central, puis lisez ici les accusés de réception que le serveur central a écrits en retour.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="856"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="888"/>
        <location filename="../../ui/sync_page.py" line="905"/>
        <source>Recent batches</source>
        <translation>Lots récents</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="917"/>
        <location filename="../../ui/sync_page.py" line="943"/>
        <source>Records that cannot leave</source>
        <translation>Dossiers qui ne peuvent pas partir</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="930"/>
        <source>Send &amp;again as a new version…</source>
        <translation>Renvoyer comme nouvelle &amp;version…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="932"/>
        <source>Send the selected record again as a new version</source>
        <translation>Renvoyer le dossier sélectionné comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="935"/>
        <source>A supervisor can send a record in conflict or refused again.</source>
        <translation>Un superviseur peut renvoyer un dossier en conflit ou refusé.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1039"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1141"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1156"/>
        <source>Every record is at the hub.</source>
        <translation>Tous les dossiers sont parvenus au serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1159"/>
        <source>{n} record(s) wait for the hub.</source>
        <translation>Dossiers en attente d&apos;envoi au serveur central : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1164"/>
        <source>{n} record(s) wait for the hub; the oldest has waited {age}.</source>
        <translation>Dossiers en attente d&apos;envoi au serveur central : {n} ; le plus ancien attend depuis {age}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1173"/>
        <source>{n} erasure(s) wait to be sent to the hub.</source>
        <translation>{n} effacement(s) attendent d&apos;être envoyés au serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1178"/>
        <source>Last successful sync: never</source>
        <translation>Dernière synchronisation réussie : jamais</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1182"/>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>Dernière synchronisation réussie : {time} (il y a {age})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1188"/>
        <source>{n} waiting for sync</source>
        <translation>{n} en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1190"/>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1198"/>
        <source>The last try failed: {reason}</source>
        <translation>La dernière tentative a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1210"/>
        <source>No batch has been sealed yet: Sync now sends the first.</source>
        <translation>Aucun lot n&apos;a encore été scellé : « Synchroniser maintenant » enverra le premier.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1217"/>
        <source>{n} record(s) cannot leave this laptop as they are. The others are not held up by them. Double-click one to open it.</source>
        <translation>Dossiers qui ne peuvent pas quitter cet ordinateur portable en l&apos;état : {n}. Ils ne bloquent pas les autres. Double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1284"/>
        <source>Select a record in conflict or refused by the hub.</source>
        <translation>Sélectionnez un dossier en conflit ou refusé par le serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1313"/>
        <source>Enrolling at the hub…</source>
        <translation>Inscription auprès du serveur central…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1341"/>
        <source>Asking the hub at its new address…</source>
        <translation>Interrogation du serveur central à sa nouvelle adresse…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1352"/>
        <source>Cancelling after the piece being sent…</source>
        <translation>Annulation après l&apos;envoi du morceau en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1357"/>
        <source>Choose the folder to write the batches to</source>
        <translation>Choisissez le dossier où écrire les lots</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1359"/>
        <source>Writing the batches…</source>
        <translation>Écriture des lots…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1364"/>
        <source>Choose the folder with the hub&apos;s receipts</source>
        <translation>Choisissez le dossier contenant les accusés de réception du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1366"/>
        <source>Reading the receipts…</source>
        <translation>Lecture des accusés de réception…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1378"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1380"/>
        <source>Syncing with the hub…</source>
        <translation>Synchronisation avec le serveur central…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1396"/>
        <source>{sent} of {total}</source>
        <translation>{sent} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1414"/>
        <source>This station is enrolled at the hub. Check the key fingerprint with the hub operator, then sync.</source>
        <translation>Ce poste est inscrit auprès du serveur central. Vérifiez l&apos;empreinte de la clé avec le responsable du serveur central, puis synchronisez.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1424"/>
        <source>The hub answered at its new address with the keys this station enrolled with. The address is saved; the waiting batches go with the next sync.</source>
        <translation>Le serveur central a répondu à sa nouvelle adresse avec les clés connues lors de l&apos;inscription de ce poste. L&apos;adresse est enregistrée ; les lots en attente partiront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1429"/>
        <source>The new address is saved, but the hub could not be reached there just now. The next sync tries it; records wait safely in the vault.</source>
        <translation>La nouvelle adresse est enregistrée, mais le serveur central n&apos;a pas pu y être joint pour l&apos;instant. La prochaine synchronisation l&apos;essaiera ; les dossiers attendent en sécurité dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1438"/>
        <source>{n} batch file(s) written to {folder}. Take them to the hub; the records stay here until its receipts are read back.</source>
        <translation>Fichiers de lot écrits dans {folder} : {n}. Apportez-les au serveur central ; les dossiers restent sur ce poste jusqu&apos;à ce que ses accusés de réception soient lus ici.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1443"/>
        <source>Nothing to write: no batch waits for the hub.</source>
        <translation>Rien à écrire : aucun lot n&apos;attend d&apos;être envoyé au serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1461"/>
        <source>Sync cancelled. What reached the hub is kept; the next sync goes on from there.</source>
        <translation>Synchronisation annulée. Ce qui est déjà parvenu au serveur central est conservé ; la prochaine synchronisation reprendra à partir de là.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1495"/>
        <source>Send again as a new version</source>
        <translation>Renvoyer comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1497"/>
        <source>Send {registration_id} again as version {version}? The hub keeps both versions; what this station holds becomes the newest.</source>
        <translation>Renvoyer {registration_id} comme version {version} ? Le serveur central conserve les deux versions ; celle de ce poste devient la plus récente.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1502"/>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1546"/>
        <source>{registration_id} is queued again as version {version}; it goes with the next sync.</source>
        <translation>{registration_id} est de nouveau en attente d&apos;envoi comme version {version} ; il partira avec la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126"/>
        <source>If every password is lost, this key opens the vault. It is shown only now. Write it down and lock it away.</source>
        <translation>Si tous les mots de passe sont perdus, cette clé ouvre le coffre-fort. Elle n&apos;est affichée que maintenant. Notez-la et mettez-la sous clé.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Save as PDF…</source>
        <translation>Sauvegarder en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>I wrote the recovery key down and checked it</source>
        <translation>J&apos;ai noté la clé de récupération et je l&apos;ai vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>Save the recovery key</source>
        <translation>Sauvegarder la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164"/>
        <source>Registrar recovery key</source>
        <translation>Clé de récupération de Registrar</translation>
    </message>
</context>
<context>
    <name>_SitePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="36"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="38"/>
        <source>The site code and station number start every registration id made here, for example KAK01-000123-4.</source>
        <translation>Le code du site et le numéro du poste figurent au début de chaque numéro d&apos;enregistrement créé ici, par exemple KAK01-000123-4.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>2-4 letters, e.g. KAK</source>
        <translation>2 à 4 lettres, p. ex. KAK</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="52"/>
        <source>e.g. Registration desk 1</source>
        <translation>p. ex. Guichet d&apos;enregistrement 1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>&amp;Site code</source>
        <translation>Code du &amp;site</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Station &amp;number</source>
        <translation>&amp;Numéro du poste</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Station n&amp;ame</source>
        <translation>N&amp;om du poste</translation>
    </message>
</context>
<context>
    <name>_SupervisorPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="73"/>
        <source>The first supervisor</source>
        <translation>Le premier superviseur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75"/>
        <source>Supervisors add the other operators. Choose a password of at least {n} characters.</source>
        <translation>Les superviseurs ajoutent les autres opérateurs. Choisissez un mot de passe d&apos;au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Operator &amp;name</source>
        <translation>&amp;Nom d&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="92"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Names are lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Les noms se composent de lettres minuscules, de chiffres, de points, de tirets ou de tirets bas.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104"/>
        <source>The password is too short.</source>
        <translation>Le mot de passe est trop court.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>_TemporaryPasswordDialog</name>
    <message>
        <location filename="../../ui/operators_page.py" line="97"/>
        <source>e.g. sara.k</source>
        <translation>p. ex. sara.k</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="100"/>
        <source>Officer: registers people</source>
        <translation>Agent : enregistre les personnes</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="102"/>
        <source>Supervisor: also reviews, exports and manages operators</source>
        <translation>Superviseur : examine aussi les cas, exporte et gère les opérateurs</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="105"/>
        <source>&amp;Temporary password</source>
        <translation>Mot de passe &amp;temporaire</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="105"/>
        <source>&amp;Repeat it</source>
        <translation>Ré&amp;péter le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="108"/>
        <source>Operator &amp;name</source>
        <translation>&amp;Nom d&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="110"/>
        <source>R&amp;ole</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="123"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="131"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="167"/>
        <source>Type the operator&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;opérateur.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../ui/camera_view.py" line="72"/>
        <source>No face found: look at the camera</source>
        <translation>Aucun visage détecté : regardez la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="73"/>
        <source>Only one person may be in the photo</source>
        <translation>Une seule personne doit figurer sur la photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="74"/>
        <source>Move closer to the camera</source>
        <translation>Rapprochez-vous de la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="75"/>
        <source>The face is not clear: look straight at the camera</source>
        <translation>Le visage n&apos;est pas net : regardez droit vers la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="76"/>
        <source>Blurred: hold still</source>
        <translation>Image floue : ne bougez pas</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="77"/>
        <source>Too dark: add light in front of the face</source>
        <translation>Trop sombre : éclairez le visage de face</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="78"/>
        <source>Too bright: move away from direct light</source>
        <translation>Trop lumineux : éloignez-vous de la lumière directe</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="79"/>
        <source>Too bright: part of the face is washed out</source>
        <translation>Trop lumineux : une partie du visage est surexposée</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="80"/>
        <source>Hold your head straight</source>
        <translation>Tenez la tête droite</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="81"/>
        <source>Turn your head to face the camera</source>
        <translation>Tournez la tête face à la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="82"/>
        <source>Move to the centre of the picture</source>
        <translation>Placez-vous au centre de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="83"/>
        <source>The whole face must be in the picture</source>
        <translation>Le visage entier doit être dans l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="298"/>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="386"/>
        <source>&amp;Take the picture</source>
        <translation>&amp;Prendre la photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="390"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>candidates</name>
    <message>
        <location filename="../../ui/candidates.py" line="147"/>
        <source>Strong match: very probably the same person</source>
        <translation>Correspondance forte : très probablement la même personne</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="149"/>
        <source>Possible match: could be the same person</source>
        <translation>Correspondance possible : il pourrait s&apos;agir de la même personne</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="150"/>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="170"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="203"/>
        <source>Registration id: {rid}</source>
        <translation>Numéro d&apos;enregistrement : {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="204"/>
        <source>Registered on {date}</source>
        <translation>Enregistré(e) le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="207"/>
        <source>Recorded sex differs</source>
        <translation>Le sexe enregistré diffère</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="209"/>
        <source>Ages differ by {n} years</source>
        <translation>Écart d&apos;âge : {n} ans</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="214"/>
        <source>Open record</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="217"/>
        <source>Open the record of {name}</source>
        <translation>Ouvrir le dossier de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="266"/>
        <source>Checking for an earlier registration…</source>
        <translation>Recherche d&apos;un enregistrement antérieur…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="278"/>
        <source>No earlier registration found for this face.</source>
        <translation>Aucun enregistrement antérieur trouvé pour ce visage.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="283"/>
        <source>This person may already be registered ({n} candidate(s)). Compare the photos. If you continue, a supervisor will review the case.</source>
        <translation>Cette personne est peut-être déjà enregistrée ({n} candidat(s)). Comparez les photos. Si vous continuez, un superviseur examinera le cas.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="293"/>
        <source>New photo</source>
        <translation>Nouvelle photo</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents_step.py" line="69"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="70"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="71"/>
        <source>Refugee or asylum card</source>
        <translation>Carte de réfugié ou de demandeur d&apos;asile</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="72"/>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="73"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="74"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="75"/>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="123"/>
        <source>Page photo: click the four corners of the page</source>
        <translation>Photo de la page : cliquez sur les quatre coins de la page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="177"/>
        <source>Mark the page</source>
        <translation>Délimiter la page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="180"/>
        <source>The page was not found automatically. Click its four corners, or keep the whole photo.</source>
        <translation>La page n&apos;a pas été détectée automatiquement. Cliquez sur ses quatre coins ou conservez la photo entière.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="188"/>
        <source>&amp;Use these corners</source>
        <translation>&amp;Utiliser ces coins</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="192"/>
        <source>Keep the &amp;whole photo</source>
        <translation>Conserver la photo &amp;entière</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="231"/>
        <source>Documents added</source>
        <translation>Documents ajoutés</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="232"/>
        <source>Remo&amp;ve document</source>
        <translation>Reti&amp;rer le document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="244"/>
        <source>YYYY-MM-DD (if it has one)</source>
        <translation>AAAA-MM-JJ (le cas échéant)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="247"/>
        <source>&amp;Photograph a page…</source>
        <translation>&amp;Photographier une page…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="249"/>
        <source>Add page from &amp;file…</source>
        <translation>Ajouter une page depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="251"/>
        <source>&amp;Add this document</source>
        <translation>&amp;Ajouter ce document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="264"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="265"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="266"/>
        <source>Issuing &amp;country:</source>
        <translation>Pa&amp;ys de délivrance :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="267"/>
        <source>&amp;Expiry date:</source>
        <translation>Date d&apos;e&amp;xpiration :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="272"/>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="274"/>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="281"/>
        <source>Add each identity document the person shows. This step may stay empty.</source>
        <translation>Ajoutez chaque pièce d&apos;identité présentée par la personne. Cette étape peut rester vide.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="297"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="313"/>
        <location filename="../../ui/documents_step.py" line="386"/>
        <source>{n} page(s) ready</source>
        <translation>{n} page(s) prête(s)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="313"/>
        <source>No pages</source>
        <translation>Aucune page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="320"/>
        <source>Add a page photo</source>
        <translation>Ajouter la photo d&apos;une page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="320"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="330"/>
        <source>Photograph the page</source>
        <translation>Photographier la page</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="331"/>
        <source>Lay the page flat on a dark surface, fill the picture with it.</source>
        <translation>Posez la page à plat sur une surface sombre et cadrez-la pour qu&apos;elle remplisse l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="339"/>
        <source>Looking for the page…</source>
        <translation>Recherche de la page…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="351"/>
        <source>The page was not added.</source>
        <translation>La page n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="368"/>
        <source>Page added, straightened and compressed.</source>
        <translation>Page ajoutée, redressée et compressée.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="410"/>
        <source>The expiry date is not a date: write it as 2030-12-31.</source>
        <translation>La date d&apos;expiration n&apos;est pas une date valide : écrivez-la sous la forme 2030-12-31.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="431"/>
        <source>Document added.</source>
        <translation>Document ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="461"/>
        <source>Wait until the page is ready.</source>
        <translation>Attendez que la page soit prête.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="463"/>
        <source>Add the document you started (Add this document), or clear its number.</source>
        <translation>Ajoutez le document commencé (Ajouter ce document) ou effacez son numéro.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="474"/>
        <source>expired {date}</source>
        <translation>expiré le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="474"/>
        <source>valid until {date}</source>
        <translation>valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="478"/>
        <source>{n} page(s)</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="485"/>
        <source>Write the document number (1 to 40 characters).</source>
        <translation>Écrivez le numéro du document (1 à 40 caractères).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="486"/>
        <source>Choose the document type.</source>
        <translation>Choisissez le type de document.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="487"/>
        <source>Choose the issuing country from the list.</source>
        <translation>Choisissez le pays de délivrance dans la liste.</translation>
    </message>
</context>
<context>
    <name>face</name>
    <message>
        <location filename="../../ui/face_step.py" line="114"/>
        <source>&amp;Take photo (Space)</source>
        <translation>&amp;Prendre la photo (Espace)</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="116"/>
        <source>&amp;Retake</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="118"/>
        <source>&amp;Import photo from file…</source>
        <translation>&amp;Importer une photo depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="120"/>
        <source>&amp;Automatic when the face is good</source>
        <translation>&amp;Automatique quand le visage est bon</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="158"/>
        <source>Face photo</source>
        <translation>Photo du visage</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="180"/>
        <source>No camera is set up on this laptop. Import a photo from a file.</source>
        <translation>Aucune caméra n&apos;est configurée sur cet ordinateur portable. Importez une photo depuis un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="182"/>
        <location filename="../../ui/face_step.py" line="228"/>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="187"/>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="202"/>
        <source>Live camera, {fps:.0f} frames a second</source>
        <translation>Caméra en direct, {fps:.0f} images par seconde</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="204"/>
        <source>Live camera</source>
        <translation>Caméra en direct</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="220"/>
        <source>Good: take the photo</source>
        <translation>Bien : prenez la photo</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="227"/>
        <source>Import a photo from a file.</source>
        <translation>Importez une photo depuis un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="240"/>
        <source>The camera has not shown a picture yet.</source>
        <translation>La caméra n&apos;a encore affiché aucune image.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="243"/>
        <source>The face is not usable</source>
        <translation>Le visage n&apos;est pas exploitable</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="246"/>
        <source>Cannot take this photo: {reason}.</source>
        <translation>Impossible de prendre cette photo : {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="259"/>
        <source>Import a face photo</source>
        <translation>Importer une photo du visage</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="261"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="268"/>
        <source>Reading the photo…</source>
        <translation>Lecture de la photo…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="305"/>
        <source>The person did not agree to the duplicate check: the photo is kept on the record, and no search was run.</source>
        <translation>La personne n&apos;a pas consenti au contrôle des doublons : la photo est conservée dans le dossier et aucune recherche n&apos;a été lancée.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="322"/>
        <source>Take the photo again.</source>
        <translation>Reprenez la photo.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="346"/>
        <source>Photo taken</source>
        <translation>Photo prise</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="374"/>
        <source>Wait for the duplicate check to finish.</source>
        <translation>Attendez la fin du contrôle des doublons.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="376"/>
        <source>Take the face photo, or import one from a file.</source>
        <translation>Prenez la photo du visage ou importez-en une depuis un fichier.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Something went wrong inside Registrar. Nothing was saved by the failed step. Please tell your supervisor; the details are in the log file.</source>
        <translation>Une erreur interne s&apos;est produite dans Registrar. L&apos;étape qui a échoué n&apos;a rien sauvegardé. Veuillez prévenir votre superviseur ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>New registrations are stopped until the backlog is worked down (a supervisor&apos;s setting).</source>
        <translation>Les nouveaux enregistrements sont suspendus jusqu&apos;à ce que le retard soit résorbé (paramètre défini par un superviseur).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>The operator name or the password is wrong.</source>
        <translation>Le nom d&apos;opérateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>Attendez {seconds} secondes avant le prochain essai.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
        <translation>Trop de mots de passe erronés. Attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The file that holds the passwords is damaged. Nothing was changed. A supervisor can restore it from its backup or open the vault with the recovery key.</source>
        <translation>Le fichier qui contient les mots de passe est endommagé. Rien n&apos;a été modifié. Un superviseur peut le restaurer à partir de sa sauvegarde ou ouvrir le coffre-fort avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The file that holds the passwords is missing. A supervisor can open the vault with the recovery key.</source>
        <translation>Le fichier qui contient les mots de passe est introuvable. Un superviseur peut ouvrir le coffre-fort avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>The vault file is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>Le fichier du coffre-fort est endommagé. Rien n&apos;a été modifié. N&apos;utilisez pas cet ordinateur portable pour l&apos;enregistrement ; appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>The vault&apos;s journal is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>Le journal du coffre-fort est endommagé. Rien n&apos;a été modifié. N&apos;utilisez pas cet ordinateur portable pour l&apos;enregistrement ; appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Passwords need at least 10 characters.</source>
        <translation>Les mots de passe doivent comporter au moins 10 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Operator names are 2-32 lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Les noms d&apos;opérateur comportent de 2 à 32 caractères : lettres minuscules, chiffres, point, tiret ou tiret bas.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Only a supervisor may do this.</source>
        <translation>Seul un superviseur peut effectuer cette action.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Say why the record is refused, so that the officer can correct it.</source>
        <translation>Indiquez pourquoi le dossier est refusé, afin que l&apos;agent puisse le corriger.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>The recovery key has a typo. It has 8 groups of 4 letters and digits.</source>
        <translation>La clé de récupération contient une faute de frappe. Elle comporte 8 groupes de 4 lettres et chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This is not the recovery key of this vault.</source>
        <translation>Ce n&apos;est pas la clé de récupération de ce coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>An operator with this name exists already (perhaps disabled: enable them instead). Choose another name.</source>
        <translation>Un opérateur portant ce nom existe déjà (peut-être désactivé : réactivez-le plutôt). Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>There is no active operator with this name.</source>
        <translation>Aucun opérateur actif ne porte ce nom.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>This operator is not disabled. To give them a new password, reset it.</source>
        <translation>Cet opérateur n&apos;est pas désactivé. Pour lui donner un nouveau mot de passe, réinitialisez son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>The station needs at least one active supervisor. Make another operator a supervisor first.</source>
        <translation>Le poste doit avoir au moins un superviseur actif. Nommez d&apos;abord un autre opérateur superviseur.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>You are still using a temporary password. Choose your own password first.</source>
        <translation>Vous utilisez encore un mot de passe temporaire. Choisissez d&apos;abord votre propre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>Type your password again to confirm this step.</source>
        <translation>Saisissez de nouveau votre mot de passe pour confirmer cette étape.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>A batch, receipt or findings file is damaged or meant for another station. Nothing was changed by it. Write the files again, or ask the hub operator for new ones.</source>
        <translation>Un fichier de lot, d&apos;accusé de réception ou de résultats est endommagé ou destiné à un autre poste. Il n&apos;a rien modifié. Écrivez de nouveau les fichiers ou demandez-en de nouveaux au responsable du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>An answer or a file that claims to come from the hub is not signed with your hub&apos;s key. Nothing was changed by it. Do not use it; call the hub operator.</source>
        <translation>Une réponse ou un fichier qui semble venir du serveur central n&apos;est pas signé avec la clé de votre serveur central. Il n&apos;a rien modifié. Ne l&apos;utilisez pas ; appelez le responsable du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>This record is too large to send. It stays safely in the vault. A supervisor can remove a document page from it, or raise the record size limit in Settings.</source>
        <translation>Ce dossier est trop volumineux pour être envoyé. Il reste en sécurité dans le coffre-fort. Un superviseur peut en retirer une page de document ou augmenter la taille maximale d&apos;un dossier dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The hub could not be reached. Records wait safely in the vault; sync will try again. Check the network, or carry the records to the hub on a USB stick.</source>
        <translation>Impossible de joindre le serveur central. Les dossiers attendent en sécurité dans le coffre-fort ; la synchronisation sera retentée. Vérifiez le réseau ou apportez les dossiers au serveur central sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="119"/>
        <source>The hub refused the request. Records wait safely in the vault. Tell the hub operator; the details are in the log file.</source>
        <translation>Le serveur central a refusé la demande. Les dossiers attendent en sécurité dans le coffre-fort. Prévenez le responsable du serveur central ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>This station is not enrolled at a hub yet. A supervisor enrols it on the Sync page with a token from the hub operator.</source>
        <translation>Ce poste n&apos;est encore inscrit auprès d&apos;aucun serveur central. Un superviseur l&apos;inscrit sur la page Synchronisation avec un code d&apos;inscription fourni par le responsable du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>This station is enrolled at a hub already. Nothing was changed.</source>
        <translation>Ce poste est déjà inscrit auprès d&apos;un serveur central. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>The hub did not accept this enrolment token: it is mistyped, has expired or was used already. Ask the hub operator for a new token.</source>
        <translation>Le serveur central n&apos;a pas accepté ce code d&apos;inscription : il contient une faute de frappe, il a expiré ou il a déjà été utilisé. Demandez un nouveau code au responsable du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>The hub does not know this station (it may have been removed there). Records wait safely in the vault; call the hub operator.</source>
        <translation>Le serveur central ne connaît pas ce poste (il y a peut-être été supprimé). Les dossiers attendent en sécurité dans le coffre-fort ; appelez le responsable du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>The hub has a station with this site code and number already. Check the site and station number, or ask the hub operator to remove the old station.</source>
        <translation>Le serveur central a déjà un poste avec ce code de site et ce numéro. Vérifiez le code du site et le numéro du poste, ou demandez au responsable du serveur central de supprimer l&apos;ancien poste.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>The hub and this station disagreed on how much of a batch had arrived. Nothing was lost; sync again and it goes on from where the hub is.</source>
        <translation>Le serveur central et ce poste n&apos;étaient pas d&apos;accord sur la part d&apos;un lot déjà arrivée. Rien n&apos;a été perdu ; synchronisez de nouveau et l&apos;envoi reprendra là où en est le serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>The hub refused a piece of a batch as too large. A supervisor can lower the upload piece size in Settings; then sync again. Records wait safely in the vault.</source>
        <translation>Le serveur central a refusé un morceau de lot trop volumineux. Un superviseur peut réduire la taille des morceaux d&apos;envoi dans les Paramètres ; synchronisez ensuite de nouveau. Les dossiers attendent en sécurité dans le coffre-fort.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>The hub holds a different batch under the same name. Nothing was changed; call the hub operator and support.</source>
        <translation>Le serveur central détient un autre lot sous le même nom. Rien n&apos;a été modifié ; appelez le responsable du serveur central et l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>This hub folder has not been set up. Set the hub up first (registrar hub init).</source>
        <translation>Ce dossier de serveur central n&apos;a pas été configuré. Configurez d&apos;abord le serveur central (registrar hub init).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>A hub is set up in this folder already. Nothing was changed.</source>
        <translation>Un serveur central est déjà configuré dans ce dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>The hub&apos;s keys do not match the token — this may not be your hub. Do not enrol; call the hub operator.</source>
        <translation>Les clés du serveur central ne correspondent pas au code d&apos;inscription — ce n&apos;est peut-être pas votre serveur central. N&apos;inscrivez pas ce poste ; appelez le responsable du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The machine at this address answered with other keys than your hub&apos;s — it is not your hub. The address was not changed; check it with the hub operator.</source>
        <translation>La machine à cette adresse a répondu avec d&apos;autres clés que celles de votre serveur central — ce n&apos;est pas votre serveur central. L&apos;adresse n&apos;a pas été changée ; vérifiez-la avec l&apos;opérateur du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="189"/>
        <source>The hub&apos;s address starts with http:// or https://, for example https://hub.example.org:8443. Ask the hub operator for it.</source>
        <translation>L&apos;adresse du serveur central commence par http:// ou https://, par exemple https://hub.example.org:8443. Demandez-la au responsable du serveur central.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>A problem Registrar has no words for ({code}); the details are in the log file.</source>
        <translation>Un problème que Registrar ne sait pas décrire ({code}) ; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="208"/>
        <source>A supervisor should work through the review queue.</source>
        <translation>Un superviseur doit traiter la file d&apos;examen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="209"/>
        <source>A supervisor should review the oldest possible duplicates.</source>
        <translation>Un superviseur doit examiner les doublons possibles les plus anciens.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="210"/>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Sync now, or export the records to a USB stick.</source>
        <translation>Synchronisez maintenant ou exportez les dossiers sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>{n} possible duplicates wait for review (the limit is {limit}).</source>
        <translation>Doublons possibles en attente d&apos;examen : {n} (la limite est de {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>The oldest possible duplicate has waited {days:.0f} days (the limit is {limit:g}).</source>
        <translation>Le plus ancien doublon possible attend depuis {days:.0f} jours (la limite est de {limit:g} jours).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="226"/>
        <source>{n} records have not reached the hub (the limit is {limit}).</source>
        <translation>Dossiers pas encore parvenus au serveur central : {n} (la limite est de {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>The oldest record not yet at the hub is {days:.0f} days old (the limit is {limit:g}).</source>
        <translation>Le plus ancien dossier pas encore parvenu au serveur central date de {days:.0f} jours (la limite est de {limit:g} jours).</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../ui/people_page.py" line="431"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="432"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="433"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="434"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="440"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="441"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="442"/>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="443"/>
        <source>Sent to the hub</source>
        <translation>Envoyé au serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="451"/>
        <source>about {year}</source>
        <translation>vers {year}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="452"/>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>person_detail</name>
    <message>
        <location filename="../../ui/person_detail.py" line="166"/>
        <source>Choose where to save the copy</source>
        <translation>Choisissez où sauvegarder la copie</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="173"/>
        <source>The person asked for their record to be erased</source>
        <translation>La personne a demandé l&apos;effacement de son dossier</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="174"/>
        <source>Registered in error (a test, or the same person twice)</source>
        <translation>Enregistrement par erreur (un test, ou la même personne enregistrée deux fois)</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="177"/>
        <source>A court or another legal order</source>
        <translation>Décision de justice ou autre obligation légale</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="178"/>
        <source>The time this record may be kept has ended</source>
        <translation>La durée de conservation de ce dossier est écoulée</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="184"/>
        <source>relationship not recorded</source>
        <translation>lien non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="186"/>
        <source>head of household</source>
        <translation>chef de ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="187"/>
        <source>spouse</source>
        <translation>conjoint(e)</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="188"/>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="189"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="190"/>
        <source>brother or sister</source>
        <translation>frère ou sœur</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="191"/>
        <source>grandchild</source>
        <translation>petit-enfant</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="192"/>
        <source>grandparent</source>
        <translation>grand-parent</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="193"/>
        <source>other relative</source>
        <translation>autre membre de la famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="194"/>
        <source>not related</source>
        <translation>sans lien de parenté</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="200"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="201"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="202"/>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="203"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="204"/>
        <source>Travel document</source>
        <translation>Titre de voyage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="205"/>
        <source>Refugee certificate</source>
        <translation>Certificat de réfugié</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="211"/>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="212"/>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="213"/>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="214"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="215"/>
        <location filename="../../ui/person_detail.py" line="216"/>
        <location filename="../../ui/person_detail.py" line="217"/>
        <source>birth</source>
        <translation>naissance</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="218"/>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="219"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="220"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="221"/>
        <source>specific needs</source>
        <translation>besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="222"/>
        <location filename="../../ui/person_detail.py" line="223"/>
        <source>household</source>
        <translation>ménage</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="239"/>
        <source>Registered</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="240"/>
        <source>Details changed</source>
        <translation>Informations modifiées</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="241"/>
        <source>Record state changed</source>
        <translation>État du dossier modifié</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="242"/>
        <source>Face photo added and searched</source>
        <translation>Photo du visage ajoutée et recherchée</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="263"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../ui/proof.py" line="94"/>
        <location filename="../../ui/proof.py" line="418"/>
        <source>Proof of registration</source>
        <translation>Attestation d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="95"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="96"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="97"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="98"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="99"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="100"/>
        <source>Registered on</source>
        <translation>Enregistré(e) le</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="101"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="102"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="103"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="104"/>
        <source>Keep this paper. Show it at every visit.</source>
        <translation>Conservez ce document. Présentez-le à chaque visite.</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../../ui/register_page.py" line="122"/>
        <source>about {year}</source>
        <translation>vers {year}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="135"/>
        <source>Check everything with the person, then save.</source>
        <translation>Vérifiez tout avec la personne, puis sauvegardez.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="139"/>
        <source>Review and save</source>
        <translation>Vérifier et sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="159"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="160"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="161"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="162"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="163"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="164"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="165"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="166"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="170"/>
        <location filename="../../ui/register_page.py" line="175"/>
        <location filename="../../ui/register_page.py" line="182"/>
        <location filename="../../ui/register_steps.py" line="220"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="170"/>
        <source>New household, as its head</source>
        <translation>Nouveau ménage, en tant que chef de ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="176"/>
        <source>Joins {name} ({rid}) as: {rel}</source>
        <translation>Rejoint le ménage de {name} ({rid}) en tant que : {rel}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="182"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="185"/>
        <source>Consent to registration</source>
        <translation>Consentement à l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="186"/>
        <source>Consent to the duplicate check</source>
        <translation>Consentement au contrôle des doublons</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="192"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="192"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="194"/>
        <source>read in {lang}</source>
        <translation>lu en {lang}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="207"/>
        <source>Possible earlier registration, a supervisor will review:</source>
        <translation>Enregistrement antérieur possible, un superviseur l&apos;examinera :</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="211"/>
        <source>No earlier registration found for this face.</source>
        <translation>Aucun enregistrement antérieur trouvé pour ce visage.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="215"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="217"/>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="248"/>
        <source>Save proof as &amp;PDF…</source>
        <translation>Sauvegarder l&apos;attestation en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="250"/>
        <source>&amp;Print proof…</source>
        <translation>&amp;Imprimer l&apos;attestation…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="252"/>
        <source>Register the &amp;next person</source>
        <translation>Enregistrer la personne &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="282"/>
        <source>{name} is registered.</source>
        <translation>{name} est enregistré(e).</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="285"/>
        <source>Registration id</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="287"/>
        <source>{n} possible earlier registration(s) went to a supervisor for review.</source>
        <translation>Enregistrements antérieurs possibles transmis à un superviseur pour examen : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="319"/>
        <source>Writing the proof of registration…</source>
        <translation>Création de l&apos;attestation d&apos;enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="324"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>Impossible d&apos;écrire le fichier PDF : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="330"/>
        <source>Proof of registration saved as {path}.</source>
        <translation>Attestation d&apos;enregistrement sauvegardée sous {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="340"/>
        <source>Save the proof of registration</source>
        <translation>Sauvegarder l&apos;attestation d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="342"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="365"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="404"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="408"/>
        <source>&amp;Cancel registration</source>
        <translation>&amp;Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="470"/>
        <source>New registrations are stopped until the backlog is worked down (a supervisor&apos;s setting). A registration already started can be finished.</source>
        <translation>Les nouveaux enregistrements sont suspendus jusqu&apos;à ce que le retard soit résorbé (paramètre défini par un superviseur). Un enregistrement déjà commencé peut être terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="520"/>
        <source>Saved</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="532"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>Étape {n} sur {total} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="537"/>
        <source>&amp;Save</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="537"/>
        <source>&amp;Next →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="570"/>
        <source>New registrations are stopped: see the note above for what to do.</source>
        <translation>Les nouveaux enregistrements sont suspendus : consultez la note ci-dessus pour savoir quoi faire.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="589"/>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="590"/>
        <source>Discard everything entered for this person? Nothing has been saved.</source>
        <translation>Abandonner tout ce qui a été saisi pour cette personne ? Rien n&apos;a été sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="613"/>
        <source>Saving…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="649"/>
        <source>Nothing was saved; correct it and save again.</source>
        <translation>Rien n&apos;a été sauvegardé ; corrigez l&apos;erreur et sauvegardez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="127"/>
        <source>Head of household</source>
        <translation>Chef de ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="128"/>
        <source>Spouse or partner</source>
        <translation>Conjoint(e) ou partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="129"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="130"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="131"/>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="132"/>
        <source>Grandchild</source>
        <translation>Petit-enfant</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="133"/>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="134"/>
        <source>Other relative</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="135"/>
        <source>Not related</source>
        <translation>Sans lien de parenté</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="165"/>
        <source>&amp;Not part of a household</source>
        <translation>&amp;Ne fait partie d&apos;aucun ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="167"/>
        <source>Start a &amp;new household: this person is its head</source>
        <translation>Créer un nouveau &amp;ménage : cette personne en est le chef</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="169"/>
        <source>&amp;Join the household of someone registered</source>
        <translation>&amp;Rejoindre le ménage d&apos;une personne enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="178"/>
        <source>Name or registration id of a household member</source>
        <translation>Nom ou numéro d&apos;enregistrement d&apos;un membre du ménage</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="179"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="183"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="189"/>
        <source>&amp;Relationship to the head of household:</source>
        <translation>&amp;Lien avec le chef de ménage :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="195"/>
        <source>Household to join</source>
        <translation>Ménage à rejoindre</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="207"/>
        <source>Does this person belong to a household?</source>
        <translation>Cette personne fait-elle partie d&apos;un ménage ?</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="238"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="253"/>
        <source>Choose the household member, then the relationship.</source>
        <translation>Choisissez le membre du ménage, puis le lien de parenté.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="255"/>
        <source>Nobody registered matches this search.</source>
        <translation>Aucune personne enregistrée ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="270"/>
        <source>Search for a registered household member and choose them.</source>
        <translation>Recherchez un membre du ménage déjà enregistré et sélectionnez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="372"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="373"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="374"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="375"/>
        <source>Not stated</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="401"/>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="404"/>
        <source>Date of birth &amp;unknown: estimate the age</source>
        <translation>Date de naissance &amp;inconnue : estimer l&apos;âge</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="409"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="413"/>
        <source>Type a language, then Enter</source>
        <translation>Saisissez une langue, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="416"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="418"/>
        <source>Remove language</source>
        <translation>Retirer la langue</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="429"/>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="436"/>
        <source>&amp;Given name {req}:</source>
        <translation>&amp;Prénom {req} :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="437"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="438"/>
        <source>&amp;Other names:</source>
        <translation>A&amp;utres noms :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="439"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="446"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="450"/>
        <source>Estimated &amp;age:</source>
        <translation>Âge &amp;estimé :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="451"/>
        <source>&amp;Nationality:</source>
        <translation>Nati&amp;onalité :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="460"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="463"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="464"/>
        <source>Give a given name or a family name; everything else may stay empty.</source>
        <translation>Indiquez un prénom ou un nom de famille ; tout le reste peut rester vide.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="481"/>
        <source>Personal details</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="577"/>
        <source>not a date yet</source>
        <translation>pas encore une date valide</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="603"/>
        <source>The date of birth is not a date: write it as 1990-04-02.</source>
        <translation>La date de naissance n&apos;est pas une date valide : écrivez-la sous la forme 1990-04-02.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="652"/>
        <source>Write a given name or a family name.</source>
        <translation>Écrivez un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="653"/>
        <source>The date of birth is in the future, too far back, or not a date.</source>
        <translation>La date de naissance est dans le futur, trop ancienne ou n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="654"/>
        <source>The estimated age is not possible.</source>
        <translation>L&apos;âge estimé n&apos;est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="655"/>
        <source>Choose the nationality from the list.</source>
        <translation>Choisissez la nationalité dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="656"/>
        <source>Choose languages from the list.</source>
        <translation>Choisissez les langues dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="657"/>
        <source>A phone number may hold only digits, spaces, + ( ) and -.</source>
        <translation>Un numéro de téléphone ne peut contenir que des chiffres, des espaces, + ( ) et -.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="678"/>
        <source>Read in &amp;language:</source>
        <translation>Lu dans la &amp;langue :</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="702"/>
        <source>Yes, agrees</source>
        <translation>Oui, la personne consent</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="704"/>
        <source>No, does not agree</source>
        <translation>Non, la personne ne consent pas</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="722"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="778"/>
        <source>No text in this language yet: the English text is shown; interpret it.</source>
        <translation>Pas encore de texte dans cette langue : le texte anglais est affiché ; traduisez-le oralement.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="814"/>
        <source>Record an answer for each purpose.</source>
        <translation>Indiquez une réponse pour chaque finalité.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="816"/>
        <source>Without consent to registration the person cannot be registered. Explain what happens next, or cancel this registration.</source>
        <translation>Sans consentement à l&apos;enregistrement, la personne ne peut pas être enregistrée. Expliquez-lui la suite ou annulez cet enregistrement.</translation>
    </message>
</context>
<context>
    <name>review_page</name>
    <message>
        <location filename="../../ui/review_page.py" line="87"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="88"/>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="89"/>
        <source>Needs interview</source>
        <translation>Entretien nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>The faces and the details agree</source>
        <translation>Les visages et les informations concordent</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="96"/>
        <source>The same identity document</source>
        <translation>La même pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="97"/>
        <source>Confirmed in an interview</source>
        <translation>Confirmé lors d&apos;un entretien</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="98"/>
        <location filename="../../ui/review_page.py" line="104"/>
        <location filename="../../ui/review_page.py" line="108"/>
        <source>Other reason (say why)</source>
        <translation>Autre motif (précisez)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="99"/>
        <source>The faces differ on a closer look</source>
        <translation>Les visages diffèrent à un examen attentif</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>Age, sex or other details rule it out</source>
        <translation>L&apos;âge, le sexe ou d&apos;autres informations l&apos;excluent</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="101"/>
        <source>Relatives who look alike (for example twins)</source>
        <translation>Des proches qui se ressemblent (par exemple des jumeaux)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="102"/>
        <source>Different identity documents</source>
        <translation>Des pièces d&apos;identité différentes</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="103"/>
        <source>Shown to be different people in an interview</source>
        <translation>Personnes différentes, établi lors d&apos;un entretien</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="105"/>
        <source>A photo is too poor to compare</source>
        <translation>Une photo est de trop mauvaise qualité pour comparer</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="106"/>
        <source>The details conflict</source>
        <translation>Les informations se contredisent</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>The households need explaining</source>
        <translation>Les ménages demandent des explications</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="118"/>
        <source>The two records are in different households.</source>
        <translation>Les deux dossiers appartiennent à des ménages différents.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="119"/>
        <source>A child appears in two households.</source>
        <translation>Un enfant figure dans deux ménages.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="120"/>
        <source>A head of household is registered again with another family.</source>
        <translation>Un chef de ménage est enregistré de nouveau avec une autre famille.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="129"/>
        <source>under an hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="131"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="133"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="134"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="141"/>
        <source>SFace (primary model)</source>
        <translation>SFace (modèle principal)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="142"/>
        <source>dlib (second opinion)</source>
        <translation>dlib (deuxième avis)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="143"/>
        <source>both models combined</source>
        <translation>les deux modèles combinés</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="149"/>
        <source>record state changed</source>
        <translation>état du dossier modifié</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="150"/>
        <source>face photo added and searched</source>
        <translation>photo du visage ajoutée et recherchée</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="151"/>
        <source>possible duplicate raised</source>
        <translation>doublon possible signalé</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="152"/>
        <source>decided: same person</source>
        <translation>décision : même personne</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="153"/>
        <source>decided: different people</source>
        <translation>décision : personnes différentes</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="154"/>
        <source>decided: needs interview</source>
        <translation>décision : entretien nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="155"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="156"/>
        <source>refused at approval</source>
        <translation>refusé lors de l&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="157"/>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="298"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="316"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="317"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="318"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="319"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="320"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="321"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="322"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="323"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="324"/>
        <source>Specific needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="325"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="326"/>
        <source>Registered</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="332"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="334"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="336"/>
        <source>{relationship}; household of {n}</source>
        <translation>{relationship} ; membres du ménage : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="350"/>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_page.py" line="319"/>
        <source>{n} accepted</source>
        <translation>acceptés : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="320"/>
        <source>{n} already at the hub</source>
        <translation>déjà sur le serveur central : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="321"/>
        <source>{n} in conflict</source>
        <translation>en conflit : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="322"/>
        <source>{n} refused</source>
        <translation>refusés : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="323"/>
        <source>{n} erasure(s) done at the hub</source>
        <translation>{n} effacement(s) fait(s) sur le serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="324"/>
        <source>{n} erasure(s) refused by the hub</source>
        <translation>{n} effacement(s) refusé(s) par le serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="326"/>
        <source>{n} {status}</source>
        <translation>{status} : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="334"/>
        <source>, </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="339"/>
        <source>Acknowledged by the hub</source>
        <translation>Confirmé par le serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="341"/>
        <source>Waiting; next try at {time}</source>
        <translation>En attente ; prochain essai à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="343"/>
        <source>Partly sent</source>
        <translation>Envoyé en partie</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="344"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="350"/>
        <source>Hub not reachable</source>
        <translation>Serveur central injoignable</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="351"/>
        <source>Refused by the hub</source>
        <translation>Refusé par le serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="352"/>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="353"/>
        <source>Wrong signature</source>
        <translation>Signature incorrecte</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="354"/>
        <source>Station unknown at the hub</source>
        <translation>Poste inconnu du serveur central</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="355"/>
        <source>Upload out of step</source>
        <translation>Décalage de l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="356"/>
        <source>Piece too large</source>
        <translation>Morceau trop volumineux</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="357"/>
        <source>Batch conflict</source>
        <translation>Conflit de lot</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="366"/>
        <source>Too large to send ({size}; the limit is {limit})</source>
        <translation>Trop volumineux pour être envoyé ({size} ; la limite est de {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="369"/>
        <source>Too large to send</source>
        <translation>Trop volumineux pour être envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="371"/>
        <source>The hub holds another record with this version number</source>
        <translation>Le serveur central détient un autre dossier avec ce numéro de version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="374"/>
        <source>The hub refused it: it arrived damaged</source>
        <translation>Le serveur central l&apos;a refusé : il est arrivé endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="375"/>
        <source>The hub refused it: it was not registered at this station</source>
        <translation>Le serveur central l&apos;a refusé : il n&apos;a pas été enregistré sur ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="381"/>
        <source>The hub refused it</source>
        <translation>Le serveur central l&apos;a refusé</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="387"/>
        <source>Remove a document page from the record, or raise the record size limit in Settings; it is sent with the next sync.</source>
        <translation>Retirez une page de document du dossier ou augmentez la taille maximale d&apos;un dossier dans les Paramètres ; il sera envoyé lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="391"/>
        <source>A supervisor can send what this station holds again as a new version; the hub keeps both versions.</source>
        <translation>Un superviseur peut renvoyer la version de ce poste comme nouvelle version ; le serveur central conserve les deux versions.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="403"/>
        <source>{n} record(s) reached the hub ({counts}).</source>
        <translation>Dossiers parvenus au serveur central : {n} ({counts}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="408"/>
        <source>{counts}.</source>
        <translation>{counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="410"/>
        <source>Nothing new to send.</source>
        <translation>Rien de nouveau à envoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <location filename="../../ui/sync_page.py" line="453"/>
        <source>The hub found {n} possible duplicate(s); they wait in Review.</source>
        <translation>Doublons possibles trouvés par le serveur central : {n} ; ils attendent sur la page Examen.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="419"/>
        <location filename="../../ui/sync_page.py" line="459"/>
        <source>{n} decision(s) taken at the hub were applied.</source>
        <translation>Décisions prises sur le serveur central et appliquées ici : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="423"/>
        <source>{n} record(s) of other sites, erased there, were removed from this laptop.</source>
        <translation>{n} dossier(s) d&apos;autres sites, effacé(s) là-bas, ont été retirés de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="429"/>
        <source>{n} record(s) are too large to send: see the list below.</source>
        <translation>Dossiers trop volumineux pour être envoyés : {n} ; voir la liste ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>{n} record(s) acknowledged long ago were removed from this laptop.</source>
        <translation>Dossiers confirmés depuis longtemps par le serveur central, retirés de cet ordinateur portable : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="441"/>
        <source>{n} batch(es) could not be sent and wait in the vault.</source>
        <translation>Lots non envoyés, en attente dans le coffre-fort : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="450"/>
        <source>{n} receipt(s) read; those records are acknowledged.</source>
        <translation>Accusés de réception lus : {n} ; la réception des dossiers concernés est confirmée.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>{n} file(s) were read before or are for another station.</source>
        <translation>Fichiers déjà lus ou destinés à un autre poste : {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="470"/>
        <source>{n} file(s) could not be used, {name} first:</source>
        <translation>Fichiers inutilisables : {n}, à commencer par {name} :</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="480"/>
        <source>The folder could not be read or written. Is the USB stick still in, and not full? Nothing in the vault was changed.</source>
        <translation>Impossible de lire ou d&apos;écrire dans le dossier. La clé USB est-elle toujours branchée, et n&apos;est-elle pas pleine ? Rien n&apos;a été modifié dans le coffre-fort.</translation>
    </message>
</context>
</TS>
