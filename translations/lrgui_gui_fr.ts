<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccuracyHeadline</name>
    <message>
        <source>Train a model to see its accuracy.</source>
        <extracomment>The headline&apos;s frame; its own font size, which presentation mode doubles. a new text, perhaps of another height (the presentation band follows it)</extracomment>
        <translation>Entraînez un modèle pour voir sa précision.</translation>
    </message>
    <message>
        <source>Cost {cost}</source>
        <translation>Coût {cost}</translation>
    </message>
    <message>
        <source> · test {cost}</source>
        <translation> · test {cost}</translation>
    </message>
    <message>
        <source>train {percent}</source>
        <translation>entraînement {percent}</translation>
    </message>
    <message>
        <source>, test {percent}</source>
        <translation>, test {percent}</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergé</translation>
    </message>
    <message>
        <source>at the last finite point: {numbers}</source>
        <translation>au dernier point fini : {numbers}</translation>
    </message>
    <message>
        <source>no test set</source>
        <translation>pas de jeu de test</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Précision d&apos;entraînement</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Précision de test</translation>
    </message>
</context>
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>Accuracy plot</source>
        <translation>Graphique d&apos;exactitude</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>précision %</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>précision d&apos;entraînement</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>précision de test</translation>
    </message>
    <message>
        <source>training accuracy {percent} at {iteration}</source>
        <translation>exactitude d&apos;entraînement {percent} à {iteration}</translation>
    </message>
    <message>
        <source>test accuracy {percent} at {iteration}</source>
        <translation>exactitude de test {percent} à {iteration}</translation>
    </message>
    <message>
        <source>No accuracy recorded yet.</source>
        <translation>Aucune exactitude enregistrée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>Decision boundary map {title}</source>
        <extracomment>Grid points per side: fine enough for a smooth contour, cheap enough to redraw every batch (docs/performance.md). pyqtgraph&apos;s names for the markers of class 0 and class 1 (a circle and a square, told apart without colour). How far towards a class&apos;s colour the map goes where the model is certain. (x, y) in data coordinates of a left click. (x, y) in data coordinates of a right click.</extracomment>
        <translation>Carte de la frontière de décision {title}</translation>
    </message>
    <message>
        <source>{dataset}: {count0} points of class 0 (blue circles), {count1} of class 1 (orange squares).</source>
        <extracomment>the data set&apos;s name, for the map&apos;s description</extracomment>
        <translation>{dataset} : {count0} points de la classe 0 (cercles bleus), {count1} de la classe 1 (carrés orange).</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>No model yet: the map is even grey.</source>
        <translation>Pas encore de modèle : la carte est uniformément grise.</translation>
    </message>
    <message>
        <source>The boundary puts {percent} of them on their class&apos;s side; the wrong ones are ringed in red.</source>
        <translation>La frontière en place {percent} du côté de leur classe ; les erronés sont cerclés de rouge.</translation>
    </message>
    <message>
        <source>The same probability everywhere: {p}, no side is preferred.</source>
        <translation>La même probabilité partout : {p}, aucun côté n&apos;est préféré.</translation>
    </message>
    <message>
        <source>The same probability everywhere: {value}&lt;br&gt;no side is preferred</source>
        <translation>La même probabilité partout : {value}&lt;br&gt;aucun côté n’est préféré</translation>
    </message>
</context>
<context>
    <name>ClassRow</name>
    <message>
        <source>Use this class</source>
        <translation>Utiliser cette classe</translation>
    </message>
    <message>
        <source>Use this class for training</source>
        <translation>Utiliser cette classe pour l’entraînement</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nom de la classe</translation>
    </message>
    <message>
        <source>Class name (click to rename)</source>
        <translation>Nom de la classe (cliquer pour renommer)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>Remove class {name}</source>
        <translation>Retirer la classe {name}</translation>
    </message>
    <message>
        <source> + {count} test</source>
        <translation> + {count} test</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Contribution map</source>
        <extracomment>The smallest height of one class&apos;s bar, in pixels.</extracomment>
        <translation>Carte des contributions</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <source>The cost J: how wrong the model is on average. For each image, −log of the probability it gives the image&apos;s true class (0 when it is sure and right), averaged over the images, plus the penalty if any. Gradient descent makes it smaller step by step.</source>
        <extracomment>Distinct, colour-blind-friendly colours (Okabe–Ito) for compared runs. The test cost: vermillion and dashed, told apart from the training cost by colour and by line style. Where a run went wrong. What the cost axis measures, for a pointer resting on it (the formulas are in docs/math.md).</extracomment>
        <translation>Le coût J : à quel point le modèle se trompe en moyenne. Pour chaque image, −log de la probabilité qu’il donne à la vraie classe de l’image (0 s’il est sûr et juste), moyenné sur les images, plus la pénalité s’il y en a une. La descente de gradient le réduit pas à pas.</translation>
    </message>
    <message>
        <source>Cost plot</source>
        <extracomment>called after every change (the plot&apos;s words for a screen reader follow the curve) the same run&apos;s test cost, when it has a test set the largest finite cost recorded (the live frame&apos;s top follows it without scanning the curve) while its plot is hidden, the points are kept and given to pyqtgraph when it is shown (flush) Beyond this many points, markers cost far more to draw than they show. curves that stand still (no live run) are kept drawn in a pixmap: moving the replay cursor then repaints a picture, not every segment of an antialiased curve</extracomment>
        <translation>Graphique du coût</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>Cost during training</source>
        <translation>Coût pendant l’entraînement</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <extracomment>while a run is drawn live: (last step, top of the cost axis); None otherwise (see begin_live)</extracomment>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export costs as CSV…</source>
        <translation>Exporter les coûts en CSV…</translation>
    </message>
    <message>
        <source>test cost</source>
        <translation>coût de test</translation>
    </message>
    <message>
        <source>{name} test cost</source>
        <translation>{name} coût de test</translation>
    </message>
    <message>
        <source>dashed: test cost</source>
        <translation>en tirets : coût de test</translation>
    </message>
    <message>
        <source>No cost recorded yet: train to draw the curve.</source>
        <translation>Aucun coût enregistré pour l&apos;instant : entraînez pour tracer la courbe.</translation>
    </message>
    <message>
        <source>{run}at {step} {iteration}: training cost {cost}</source>
        <translation>{run}à {step} {iteration} : coût d&apos;entraînement {cost}</translation>
    </message>
    <message>
        <source>, test cost {cost}</source>
        <translation>, coût de test {cost}</translation>
    </message>
    <message>
        <source>Shown: {step} {iteration}, training cost {cost}</source>
        <translation>Affiché : {step} {iteration}, coût d&apos;entraînement {cost}</translation>
    </message>
    <message>
        <source>Could not draw the plot as a PNG for {path}.</source>
        <translation>Impossible de dessiner le graphique en PNG pour {path}.</translation>
    </message>
    <message>
        <source>the plot</source>
        <translation>le graphique</translation>
    </message>
    <message>
        <source>the costs</source>
        <translation>les coûts</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>DataLoading</name>
    <message>
        <source>Settings changed: loading again…</source>
        <translation>Réglages modifiés : nouveau chargement…</translation>
    </message>
    <message>
        <source>Add at least two classes to train.</source>
        <translation>Ajoutez au moins deux classes pour entraîner.</translation>
    </message>
    <message>
        <source>%v / %m images</source>
        <translation>%v / %m images</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>Chargement des images…</translation>
    </message>
    <message>
        <source>no images loaded</source>
        <translation>aucune image chargée</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>There is not enough memory to load these images. Try a smaller image size or fewer images per class.</source>
        <translation>Il n’y a pas assez de mémoire pour charger ces images. Essayez une taille d’image plus petite ou moins d’images par classe.</translation>
    </message>
    <message>
        <source>Loading failed: not enough memory.</source>
        <translation>Échec du chargement : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Échec du chargement</translation>
    </message>
    <message>
        <source>Unexpected error while loading: {error}</source>
        <translation>Erreur inattendue pendant le chargement : {error}</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>Échec du chargement.</translation>
    </message>
    <message>
        <source>Loading cancelled. Press Reload to load the images.</source>
        <translation>Chargement annulé. Appuyez sur Recharger pour charger les images.</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>niveaux de gris</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>Images are read at &lt;b&gt;{size}×{size} {kind}&lt;/b&gt; (photos usually use {usual}×{usual} colour).</source>
        <translation>Les images sont lues en &lt;b&gt;{size}×{size} {kind}&lt;/b&gt; (les photos utilisent d’habitude {usual}×{usual} en couleur).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loaded {images}&lt;/b&gt;; to train: {counts}; {features} features each, in {seconds} s.</source>
        <translation>&lt;b&gt;Chargé : {images}&lt;/b&gt; ; pour l&apos;entraînement : {counts} ; {features} caractéristiques chacune, en {seconds} s.</translation>
    </message>
    <message>
        <source>Loaded {images}</source>
        <translation>Chargé : {images}</translation>
    </message>
    <message>
        <source>Skipped files ({count})</source>
        <translation>Fichiers ignorés ({count})</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt; — add one folder of images per class, or one folder whose subfolders are the classes (it may hold &lt;i&gt;train/&lt;/i&gt; and &lt;i&gt;test/&lt;/i&gt;). You can also drop folders here.</source>
        <translation>&lt;b&gt;Classes&lt;/b&gt; — ajoutez un dossier d’images par classe, ou un dossier dont les sous-dossiers sont les classes (il peut contenir &lt;i&gt;train/&lt;/i&gt; et &lt;i&gt;test/&lt;/i&gt;). Vous pouvez aussi déposer des dossiers ici.</translation>
    </message>
    <message>
        <source>Add class folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Choose a class folder, or a parent folder of class folders</source>
        <translation>Choisissez un dossier de classe, ou un dossier parent de dossiers de classes</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <source>No classes yet.
Drop class folders here, or use “Add class folder…”.</source>
        <translation>Pas encore de classes.
Déposez des dossiers de classes ici, ou utilisez « Ajouter un dossier… ».</translation>
    </message>
    <message>
        <source>No pictures at hand? Load the sample: circles, squares and triangles</source>
        <translation>Pas d’images sous la main ? Chargez l’exemple : cercles, carrés et triangles</translation>
    </message>
    <message>
        <source>A small generated dataset that trains in seconds (File → Open sample)</source>
        <translation>Un petit jeu de données généré qui s’entraîne en quelques secondes (Fichier → Ouvrir un exemple)</translation>
    </message>
    <message>
        <source>Images and test set</source>
        <translation>Images et jeu de test</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Every image is squashed to this width and height</source>
        <translation>Chaque image est ramenée à cette largeur et cette hauteur</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Share of each class kept aside for testing (when there are no test folders)</source>
        <translation>Part de chaque classe mise de côté pour le test (quand il n’y a pas de dossiers de test)</translation>
    </message>
    <message>
        <source>Hold out for testing:</source>
        <translation>Pour le test :</translation>
    </message>
    <message>
        <source>Train one class against an equal-size sample of all the others</source>
        <translation>Entraîner une classe contre un échantillon de même taille de toutes les autres</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Use at most this many images per class (a seeded random sample)</source>
        <translation>Utiliser au plus ce nombre d’images par classe (un échantillon aléatoire reproductible)</translation>
    </message>
    <message>
        <source>Images per class:</source>
        <translation>Images par classe :</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes :</translation>
    </message>
    <message>
        <source>no images loaded</source>
        <translation>aucune image chargée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the folders again</source>
        <translation>Relire les dossiers</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Fichiers ignorés</translation>
    </message>
    <message>
        <source>used only when the dataset has no test files</source>
        <translation>seulement si le jeu n’a pas de fichiers de test</translation>
    </message>
    <message>
        <source>test set from the test/ folders</source>
        <translation>jeu de test tiré des dossiers test/</translation>
    </message>
    <message>
        <source>All chosen classes</source>
        <translation>Toutes les classes choisies</translation>
    </message>
    <message>
        <source>{name} vs. the rest</source>
        <translation>{name} contre le reste</translation>
    </message>
    <message>
        <source>Choose a class folder, or a folder of class folders</source>
        <translation>Choisissez un dossier de classe, ou un dossier de dossiers de classes</translation>
    </message>
    <message>
        <source>The imported dataset was replaced by the folders added; images are read at {size}×{size} colour again</source>
        <translation>Le jeu de données importé a été remplacé par les dossiers ajoutés ; les images sont de nouveau lues en {size}×{size} couleur</translation>
    </message>
    <message>
        <source>Cannot add folder</source>
        <translation>Impossible d’ajouter le dossier</translation>
    </message>
    <message>
        <source>Added {classes}</source>
        <translation>{classes} ajoutée(s)</translation>
    </message>
    <message>
        <source>Name in use</source>
        <translation>Nom déjà utilisé</translation>
    </message>
    <message>
        <source>There is already a class named {name}.</source>
        <translation>Il existe déjà une classe nommée {name}.</translation>
    </message>
    <message>
        <source>Importing {title} from {folder}</source>
        <translation>Importation de {title} depuis {folder}</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <extracomment>Strokes and clears kept for undo (a 256×256 picture takes 256 KB). The smallest side at which the canvas is shown. The flip marks&apos; tint over the picture.</extracomment>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>Paint with the left mouse button, a pen or a finger; the right button erases.</source>
        <translation>Peignez avec le bouton gauche, un stylet ou un doigt ; le bouton droit efface.</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Plain background</source>
        <extracomment>The shortest wait between a stroke and the answer it brings, in milliseconds. Brush sizes offered, in canvas pixels.</extracomment>
        <translation>Fond uni</translation>
    </message>
    <message>
        <source>Mean training image</source>
        <translation>Image moyenne</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <extracomment>answers computed so far, and the seconds the last one took (the benchmark and the tests read them)</extracomment>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <source>Paint with the brush colour</source>
        <translation>Peindre avec la couleur du pinceau</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <source>Paint the background back (the right mouse button erases too)</source>
        <translation>Repeindre le fond (le bouton droit efface aussi)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Taille du pinceau</translation>
    </message>
    <message>
        <source>Brush size in canvas pixels (the canvas is {size}×{size}); [ and ] change it</source>
        <translation>Taille du pinceau en pixels de la zone (elle fait {size}×{size}) ; [ et ] la changent</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Choose any brush colour</source>
        <translation>Choisir n’importe quelle couleur</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Annuler le dernier trait</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Start again on the background</source>
        <translation>Recommencer sur le fond</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Start from a photo (or drop one here, or paste one with Ctrl+V) and paint over it</source>
        <translation>Partir d’une photo (ou en déposer une ici, ou la coller avec Ctrl+V) et peindre dessus</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>What an empty canvas shows: the training pictures&apos; border colour, or their average picture</source>
        <translation>Ce que montre une zone vide : la couleur de bord des images d’entraînement, ou leur image moyenne</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Ce que voit le modèle</translation>
    </message>
    <message>
        <source>The drawing as the model receives it, each of its pixels a square</source>
        <translation>Le dessin tel que le modèle le reçoit, chacun de ses pixels un carré</translation>
    </message>
    <message>
        <source>Which pixels pushed where: vermillion for the predicted class, blue against it</source>
        <translation>Quels pixels ont poussé où : vermillon pour la classe prédite, bleu contre elle</translation>
    </message>
    <message>
        <source>The hidden units&apos; activations; below, the weights of the units that matter most for the predicted class, with their a·W2</source>
        <translation>Les activations des unités cachées ; en dessous, les poids des unités qui comptent le plus pour la classe prédite, avec leur a·W2</translation>
    </message>
    <message>
        <source>Which pixels pushed where</source>
        <translation>Quels pixels ont poussé où</translation>
    </message>
    <message>
        <source>What would flip it?</source>
        <translation>Et pour basculer ?</translation>
    </message>
    <message>
        <source>Mark the pixels that push hardest towards the runner-up class</source>
        <translation>Marquer les pixels qui poussent le plus vers la classe suivante</translation>
    </message>
    <message>
        <source>Add to class…</source>
        <translation>Ajouter à…</translation>
    </message>
    <message>
        <source>Save the drawing as a PNG into a class folder, to train on it</source>
        <translation>Enregistrer le dessin en PNG dans un dossier de classe, pour s’entraîner dessus</translation>
    </message>
    <message>
        <source>Draw tab: {action}</source>
        <translation>Dessiner : {action}</translation>
    </message>
    <message>
        <source>Draw tab: smaller, larger brush</source>
        <translation>Dessiner : pinceau plus petit, plus grand</translation>
    </message>
    <message>
        <source>Draw tab: brush colours</source>
        <translation>Dessiner : couleurs du pinceau</translation>
    </message>
    <message>
        <source>Draw tab: start from the image on the clipboard</source>
        <translation>Dessiner : partir de l’image du presse-papiers</translation>
    </message>
    <message>
        <source>Brush colour {colour}</source>
        <translation>Couleur du pinceau {colour}</translation>
    </message>
    <message>
        <source>Brush colour {colour} ({key})</source>
        <translation>Couleur du pinceau {colour} ({key})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one, or open a model file, then draw here.</source>
        <translation>&lt;b&gt;Pas encore de modèle.&lt;/b&gt; Entraînez-en un, ou ouvrez un fichier de modèle, puis dessinez ici.</translation>
    </message>
    <message>
        <source>This model does not work on images, so there is nothing to draw.</source>
        <translation>Ce modèle ne travaille pas sur des images : il n’y a rien à dessiner.</translation>
    </message>
    <message>
        <source>The mean image needs the training pictures: load them on the Data tab.</source>
        <translation>L’image moyenne a besoin des images d’entraînement : chargez-les dans l’onglet Données.</translation>
    </message>
    <message>
        <source>Brush colour</source>
        <translation>Couleur du pinceau</translation>
    </message>
    <message>
        <source>Start from an image</source>
        <translation>Partir d’une image</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Images ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the image</source>
        <translation>Impossible d’ouvrir l’image</translation>
    </message>
    <message>
        <source>{file} cannot be used: {error}.</source>
        <translation>{file} ne peut pas être utilisé : {error}.</translation>
    </message>
    <message>
        <source>Drawing over {file}</source>
        <translation>Dessin sur {file}</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <source>It looks like &lt;b&gt;{name}&lt;/b&gt; ({percent})</source>
        <translation>On dirait &lt;b&gt;{name}&lt;/b&gt; ({percent})</translation>
    </message>
    <message>
        <source>Another folder, or a new class…</source>
        <translation>Un autre dossier, ou une nouvelle classe…</translation>
    </message>
    <message>
        <source>Add the drawing to the class folder (make a new one for a new class)</source>
        <translation>Ajouter le dessin au dossier de la classe (en créer un pour une nouvelle classe)</translation>
    </message>
    <message>
        <source>Cannot add the drawing</source>
        <translation>Impossible d’ajouter le dessin</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}: press Reload on the Data tab to train with it.</source>
        <translation>{file} enregistré dans {folder} : appuyez sur Recharger dans l’onglet Données pour vous entraîner avec.</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>Why &apos;{name}&apos;?</source>
        <extracomment>The window&apos;s width when the screen has room: the glass box&apos;s lines then rarely wrap. Room kept for a window manager&apos;s title bar above the window.</extracomment>
        <translation>Pourquoi « {name} » ?</translation>
    </message>
    <message>
        <source>this image</source>
        <translation>cette image</translation>
    </message>
    <message>
        <source>Predicted &lt;b&gt;{name}&lt;/b&gt; ({percent})</source>
        <translation>Prédit : &lt;b&gt;{name}&lt;/b&gt; ({percent})</translation>
    </message>
    <message>
        <source> — true class &lt;b&gt;{name}&lt;/b&gt; {mark}</source>
        <translation> — vraie classe &lt;b&gt;{name}&lt;/b&gt; {mark}</translation>
    </message>
    <message>
        <source>The {size}×{size} image the model receives, each of its pixels a square</source>
        <translation>L’image {size}×{size} que reçoit le modèle, chacun de ses pixels un carré</translation>
    </message>
    <message>
        <source>This model does not work on images.</source>
        <translation>Ce modèle ne travaille pas sur des images.</translation>
    </message>
    <message>
        <source>(no original file)</source>
        <translation>(pas de fichier original)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The model sees</source>
        <translation>Le modèle voit</translation>
    </message>
    <message>
        <source>Pixels for / against</source>
        <translation>Pixels pour / contre</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{for_colour}&apos;&gt;■&lt;/span&gt; a pixel pushing towards &apos;{name}&apos;, &lt;span style=&apos;color:{against_colour}&apos;&gt;■&lt;/span&gt; away from it. Overlay strength:</source>
        <translation>&lt;span style=&apos;color:{for_colour}&apos;&gt;■&lt;/span&gt; un pixel qui pousse vers « {name} », &lt;span style=&apos;color:{against_colour}&apos;&gt;■&lt;/span&gt; qui l’en éloigne. Intensité de la superposition :</translation>
    </message>
    <message>
        <source>Overlay strength</source>
        <translation>Intensité de la superposition</translation>
    </message>
    <message>
        <source>Probability of each class</source>
        <translation>Probabilité de chaque classe</translation>
    </message>
    <message>
        <source>Probability of {name}</source>
        <translation>Probabilité de {name}</translation>
    </message>
    <message>
        <source>The glass box: this image&apos;s numbers in the equations</source>
        <translation>La boîte de verre : les nombres de cette image dans les équations</translation>
    </message>
    <message>
        <source>No pixels to draw on.</source>
        <translation>Pas de pixels où dessiner.</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>row {number}</source>
        <extracomment>The data role holding a tile&apos;s row index in the dataset. drawn tiles by (row, caption, colour): moving a threshold re-shows mostly the same tiles</extracomment>
        <translation>ligne {number}</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Data, Train, Results, Predict, Draw, Playground tab</source>
        <translation>Onglets Données, Entraîner, Résultats, Prédire, Dessiner, Bac à sable</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Train tab: train, or pause and resume</source>
        <translation>Entraîner : entraîner, ou mettre en pause et reprendre</translation>
    </message>
    <message>
        <source>Train tab: one more step while paused</source>
        <translation>Entraîner : un pas de plus en pause</translation>
    </message>
    <message>
        <source>Train tab: back one recorded point while paused</source>
        <translation>Entraîner : revenir d’un point enregistré en pause</translation>
    </message>
    <message>
        <source>Train tab: log scale</source>
        <translation>Entraîner : échelle logarithmique</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About lrgui</source>
        <translation>À propos de lrgui</translation>
    </message>
    <message>
        <source>&lt;p&gt;Train image classifiers from first principles: logistic regression as a single sigmoid neuron, trained by full-batch gradient descent, and a network with one hidden layer — all in readable NumPy.&lt;/p&gt;&lt;p&gt;Made for classrooms, students and the curious. MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entraîner des classifieurs d’images à partir des principes : la régression logistique comme un seul neurone sigmoïde, entraîné par descente de gradient sur tout le lot, et un réseau à une couche cachée — le tout en NumPy lisible.&lt;/p&gt;&lt;p&gt;Fait pour les classes, les élèves et les curieux. Licence MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <source>Hidden units</source>
        <translation>Unités cachées</translation>
    </message>
    <message>
        <source>strongest units: {units}</source>
        <translation>unités les plus fortes : {units}</translation>
    </message>
    <message>
        <source>{unit} (activation {value})</source>
        <translation>{unit} (activation {value})</translation>
    </message>
    <message>
        <source>{count} hidden units: activation</source>
        <translation>{count} unités cachées : activation</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>The step slice is drawn for a model trained by gradient descent.</source>
        <extracomment>&quot;iteration&quot; or &quot;epoch&quot;, for the caption</extracomment>
        <translation>La coupe du pas est tracée pour un modèle entraîné par descente de gradient.</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>{first} and {second}</source>
        <extracomment>The bands&apos; colours, lowest cost first: pale where the valley is, a muted blue up the walls (paths stay visible). (w₁, w₂, b) of a left click: the start a click asks for True while a run is drawn live: every grid is then computed on the worker (the owner sets it)</extracomment>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Which two of the line&apos;s parameters the landscape spreads out; the third is held</source>
        <translation>Les deux paramètres de la droite que le paysage déploie ; le troisième est fixé</translation>
    </message>
    <message>
        <source>Cost J over</source>
        <translation>Coût J selon</translation>
    </message>
    <message>
        <source>Cost landscape</source>
        <translation>Paysage du coût</translation>
    </message>
    <message>
        <source>The cost J of the line at every pair of values; the path is where training took it</source>
        <translation>Le coût J de la droite pour chaque paire de valeurs ; le chemin est celui de l’entraînement</translation>
    </message>
    <message>
        <source>the shown point&apos;s value</source>
        <translation>valeur du point affiché</translation>
    </message>
    <message>
        <source>The landscape is drawn for a line on two features of two classes.</source>
        <translation>Le paysage est tracé pour une droite sur deux caractéristiques de deux classes.</translation>
    </message>
    <message>
        <source>the next start&apos;s value</source>
        <translation>valeur du prochain départ</translation>
    </message>
    <message>
        <source>its starting value</source>
        <translation>sa valeur de départ</translation>
    </message>
    <message>
        <source>{name} held at {value}</source>
        <translation>{name} fixé à {value}</translation>
    </message>
    <message>
        <source>{name} held at {value} ({where})</source>
        <translation>{name} fixé à {value} ({where})</translation>
    </message>
    <message>
        <source>; each rate&apos;s path in its colour</source>
        <translation>; le chemin de chaque taux dans sa couleur</translation>
    </message>
    <message>
        <source>; levels by ratio</source>
        <translation>; niveaux par rapport</translation>
    </message>
    <message>
        <source>The cost J of the line at every pair of values; the path is where training took it. Click: the next run starts there.</source>
        <translation>Le coût J de la droite pour chaque paire de valeurs ; le chemin est celui de l’entraînement. Clic : le prochain entraînement part de là.</translation>
    </message>
    <message>
        <source>No landscape: it is drawn for a line on two features of two classes.</source>
        <translation>Pas de paysage : il est tracé pour une droite sur deux caractéristiques de deux classes.</translation>
    </message>
    <message>
        <source>Cost J over {first} and {second}, {held} held at {value}.</source>
        <translation>Coût J selon {first} et {second}, {held} fixé à {value}.</translation>
    </message>
    <message>
        <source>Current point: {first} = {x}, {second} = {y}, cost {cost}.</source>
        <translation>Point actuel : {first} = {x}, {second} = {y}, coût {cost}.</translation>
    </message>
    <message>
        <source>{count} runs&apos; paths.</source>
        <translation>Chemins de {count} exécutions.</translation>
    </message>
    <message>
        <source>The next run starts at {first} = {x}, {second} = {y}.</source>
        <translation>La prochaine exécution part de {first} = {x}, {second} = {y}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <extracomment>the languages offered, each in its own words (never translated) said after a choice, looked up in the chosen language&apos;s catalogue (not yet installed)</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>lrgui speaks {language} from its next start.</source>
        <translation>lrgui parlera {language} dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>LearningRateRace</name>
    <message>
        <source>Learning-rate race — {model}</source>
        <extracomment>At most this many rates race at once: small multiples must stay readable. A line&apos;s race records about this many points of each path, at most (every step of a shorter run).</extracomment>
        <translation>Course des taux d’apprentissage — {model}</translation>
    </message>
    <message>
        <source>Learning rates:</source>
        <translation>Taux d’apprentissage :</translation>
    </message>
    <message>
        <source>Up to {count} rates, separated by commas; 1e-3 works too</source>
        <translation>Jusqu’à {count} taux, séparés par des espaces ; 1e-3 marche aussi</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>{run}&apos;s newest point&apos;s value</source>
        <translation>valeur du dernier point de {run}</translation>
    </message>
    <message>
        <source>all weights zero</source>
        <translation>tous les poids à zéro</translation>
    </message>
    <message>
        <source>weights drawn with seed {seed}</source>
        <translation>poids tirés avec la graine {seed}</translation>
    </message>
    <message>
        <source>the start chosen on the landscape</source>
        <translation>le départ choisi sur le paysage</translation>
    </message>
    <message>
        <source>Every rate starts from the same parameters ({start}), trains {count} {steps} on the same {points} points: only the rate differs.</source>
        <translation>Chaque taux part des mêmes paramètres ({start}), s’entraîne {count} {steps} sur les mêmes {points} points : seul le taux change.</translation>
    </message>
    <message>
        <source>Race at most {most} learning rates at once, not {count}.</source>
        <translation>Faites courir au plus {most} taux d’apprentissage à la fois, pas {count}.</translation>
    </message>
    <message>
        <source>Cannot race</source>
        <translation>Course impossible</translation>
    </message>
    <message>
        <source> · diverged</source>
        <translation> · divergé</translation>
    </message>
    <message>
        <source> · unstable</source>
        <translation> · instable</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Save &amp;lesson…</source>
        <extracomment>asks the user for a missing folder (a dialog; tests pass their own): a path, or None to give up</extracomment>
        <translation>Enregistrer la &amp;leçon…</translation>
    </message>
    <message>
        <source>Save the data, settings, runs, model, playground and notes as one file</source>
        <translation>Enregistrer données, réglages, entraînements, modèle, bac à sable et notes dans un seul fichier</translation>
    </message>
    <message>
        <source>Open l&amp;esson…</source>
        <translation>Ouvrir une l&amp;eçon…</translation>
    </message>
    <message>
        <source>Open a lesson file</source>
        <translation>Ouvrir un fichier de leçon</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <extracomment>the lesson file open or last saved: a model from it is saved (in it)</extracomment>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>lrgui lessons (*{extension})</source>
        <translation>Leçons lrgui (*{extension})</translation>
    </message>
    <message>
        <source>Cannot save the lesson</source>
        <translation>Impossible d’enregistrer la leçon</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>Leçon enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Impossible d’ouvrir la leçon</translation>
    </message>
    <message>
        <source>Cannot use that folder</source>
        <translation>Impossible d’utiliser ce dossier</translation>
    </message>
    <message>
        <source>Lesson data</source>
        <translation>Données de la leçon</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localiser…</translation>
    </message>
    <message>
        <source>Use it as it is</source>
        <translation>L’utiliser tel quel</translation>
    </message>
    <message>
        <source>Where is {folder}?</source>
        <translation>Où est {folder} ?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>lrgui</source>
        <extracomment>Every window until Qt has destroyed it. A top-level window is owned by its Python wrapper; were the garbage collector to drop that wrapper, the whole window would be destroyed then, at a random moment inside whatever the UI thread was doing and holding the GIL (which deadlocked in ~QObject beside running workers). Held here, a window is destroyed only by Qt: closed, it deletes itself in the event loop (WA_DeleteOnClose).</extracomment>
        <translation>lrgui</translation>
    </message>
    <message>
        <source>&amp;1  Data</source>
        <extracomment>everything the views show; they observe it and never reach into each other</extracomment>
        <translation>&amp;1  Données</translation>
    </message>
    <message>
        <source>&amp;2  Train</source>
        <translation>&amp;2  Entraîner</translation>
    </message>
    <message>
        <source>&amp;3  Results</source>
        <translation>&amp;3  Résultats</translation>
    </message>
    <message>
        <source>&amp;4  Predict</source>
        <translation>&amp;4  Prédire</translation>
    </message>
    <message>
        <source>&amp;5  Draw</source>
        <translation>&amp;5  Dessiner</translation>
    </message>
    <message>
        <source>&amp;6  Playground</source>
        <translation>&amp;6  Bac à sable</translation>
    </message>
    <message>
        <source>Add class folders on the Data tab to begin.</source>
        <translation>Ajoutez des dossiers de classes dans l’onglet Données pour commencer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;data folder…</source>
        <translation>Ouvrir un dossier de &amp;données…</translation>
    </message>
    <message>
        <source>Add a class folder, or a folder of class folders</source>
        <translation>Ajouter un dossier de classe, ou un dossier de dossiers de classes</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <source>Open a saved model</source>
        <translation>Ouvrir un modèle enregistré</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>&amp;Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Save the trained model to a file</source>
        <translation>Enregistrer le modèle entraîné dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open s&amp;ample</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Import dataset</source>
        <translation>&amp;Importer un jeu de données</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Choose {what}</source>
        <translation>Choisir {what}</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;NumPy script…</source>
        <translation>Script &amp;NumPy…</translation>
    </message>
    <message>
        <source>Write predict.py and weights.npz: the model as a plain NumPy + Pillow script that agrees exactly</source>
        <translation>Écrire predict.py et weights.npz : le modèle en simple script NumPy + Pillow qui donne exactement les mêmes réponses</translation>
    </message>
    <message>
        <source>&amp;Dataset (HDF5)…</source>
        <translation>&amp;Jeu de données (HDF5)…</translation>
    </message>
    <message>
        <source>Write the loaded images as train_x, train_y, test_x, test_y and list_classes (the tutorial&apos;s HDF5)</source>
        <translation>Écrire les images chargées en train_x, train_y, test_x, test_y et list_classes (le HDF5 du tutoriel)</translation>
    </message>
    <message>
        <source>Clear the image cache</source>
        <translation>Vider le cache d’images</translation>
    </message>
    <message>
        <source>Forget the decoded images kept to make reloading instant</source>
        <translation>Oublier les images décodées gardées pour recharger instantanément</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Full screen, large text and thick curves, for the back of the room</source>
        <translation>Plein écran, grand texte et courbes épaisses, pour le fond de la salle</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About lrgui</source>
        <translation>À &amp;propos de lrgui</translation>
    </message>
    <message>
        <source>Tab {number}</source>
        <translation>Onglet {number}</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Pas de modèle</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>, lr {rate}</source>
        <translation>, lr {rate}</translation>
    </message>
    <message>
        <source>, diverged</source>
        <translation>, divergé</translation>
    </message>
    <message>
        <source>Model: {file} ({name})</source>
        <translation>Modèle : {file} ({name})</translation>
    </message>
    <message>
        <source>Model: trained, not saved ({name})</source>
        <translation>Modèle : entraîné, non enregistré ({name})</translation>
    </message>
    <message>
        <source>Unsaved model * — lrgui</source>
        <translation>Modèle non enregistré * — lrgui</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>lrgui models (*{extension});;Old lrgui models (*.lrgui.h5);;All files (*)</source>
        <translation>Modèles lrgui (*{extension});;Anciens modèles lrgui (*.lrgui.h5);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Impossible d’ouvrir le modèle</translation>
    </message>
    <message>
        <source>Not enough memory to open {file}.</source>
        <translation>Pas assez de mémoire pour ouvrir {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {error}</source>
        <translation>{file} ne peut pas être ouvert : {error}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>lrgui models (*{extension})</source>
        <translation>Modèles lrgui (*{extension})</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>Impossible d’enregistrer le modèle</translation>
    </message>
    <message>
        <source>Model saved to {path}</source>
        <translation>Modèle enregistré dans {path}</translation>
    </message>
    <message>
        <source>Import {title}: choose {what}</source>
        <translation>Importer {title} : choisir {what}</translation>
    </message>
    <message>
        <source>Clear the image cache ({size} MB)</source>
        <translation>Vider le cache d’images ({size} Mo)</translation>
    </message>
    <message>
        <source>Image cache cleared ({size} MB freed)</source>
        <translation>Cache d’images vidé ({size} Mo libérés)</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <source>Preparing the {name} sample…</source>
        <translation>Préparation de l’exemple {name}…</translation>
    </message>
    <message>
        <source>Welcome to lrgui</source>
        <translation>Bienvenue dans lrgui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to lrgui!&lt;/b&gt;&lt;p&gt;lrgui trains an image classifier in front of you: pick a folder of pictures per class, press Train and watch the cost fall.&lt;/p&gt;&lt;p&gt;Start with the built-in sample — circles, squares and triangles — to see it work in seconds?&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bienvenue dans lrgui !&lt;/b&gt;&lt;p&gt;lrgui entraîne un classifieur d’images sous vos yeux : choisissez un dossier d’images par classe, appuyez sur Entraîner et regardez le coût baisser.&lt;/p&gt;&lt;p&gt;Commencer avec l’exemple intégré — cercles, carrés et triangles — pour le voir fonctionner en quelques secondes ?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load the sample</source>
        <translation>Charger l’exemple</translation>
    </message>
    <message>
        <source>Open a lesson…</source>
        <translation>Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Train a model or open one first.</source>
        <translation>Entraînez ou ouvrez d’abord un modèle.</translation>
    </message>
    <message>
        <source>Export the model as a NumPy script: choose a folder</source>
        <translation>Exporter le modèle en script NumPy : choisir un dossier</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>Impossible d’exporter le modèle</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>{files} écrits dans {folder}</translation>
    </message>
    <message>
        <source>Load images on the Data tab first.</source>
        <translation>Chargez d’abord des images dans l’onglet Données.</translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <source>HDF5 files (*.h5 *.hdf5)</source>
        <translation>Fichiers HDF5 (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <source>Cannot export the dataset</source>
        <translation>Impossible d’exporter le jeu de données</translation>
    </message>
    <message>
        <source>Dataset written to {path}</source>
        <translation>Jeu de données écrit dans {path}</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before quitting?</source>
        <translation>Le modèle entraîné n’a pas été enregistré. L’enregistrer avant de quitter ?</translation>
    </message>
</context>
<context>
    <name>ModelPane</name>
    <message>
        <source>Settings of the {model}</source>
        <extracomment>About this many recorded points per run: a smooth history slider, a few hundred small snapshots. Snapshots kept per run for the history slider (evenly thinned beyond this). A live run is drawn at most this often (ms): ten pictures a second, and time for the window between them. the pane&apos;s settings or its trained run changed (the tab writes them into the state) the pane&apos;s last finished run (None before one) the pane&apos;s finished run as the state and a lesson keep it (None: not trained) the box of each Playground setting, by the setting&apos;s name</extracomment>
        <translation>Réglages : {model}</translation>
    </message>
    <message>
        <source>Show the hidden units&apos; lines</source>
        <translation>Droites des unités</translation>
    </message>
    <message>
        <source>Each hidden unit&apos;s own line w·x + b = 0: where its input changes sign</source>
        <translation>La droite w·x + b = 0 de chaque unité cachée : là où son entrée change de signe</translation>
    </message>
    <message>
        <source>Train this pane</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting} :</translation>
    </message>
    <message>
        <source>Race rates…</source>
        <translation>Course…</translation>
    </message>
    <message>
        <source>This pane&apos;s line trained with several learning rates from its start: each rate&apos;s path on one cost landscape</source>
        <translation>La droite de ce panneau entraînée avec plusieurs taux d’apprentissage depuis son départ : le chemin de chaque taux sur un même paysage de coût</translation>
    </message>
    <message>
        <source>Start: all weights zero</source>
        <translation>Départ : poids nuls</translation>
    </message>
    <message>
        <source>Start from zero</source>
        <translation>Partir de zéro</translation>
    </message>
    <message>
        <source>Forget the start clicked on the landscape: the next run starts at zero</source>
        <translation>Oublier le départ cliqué sur le paysage : le prochain entraînement part de zéro</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Drag to see the boundary as it was at an earlier recorded point</source>
        <translation>Faire glisser pour voir la frontière à un point enregistré plus tôt</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>Pas encore entraîné.</translation>
    </message>
    <message>
        <source>Start: {w1_name} {w1}, {w2_name} {w2}, b {b}</source>
        <translation>Départ : {w1_name} {w1}, {w2_name} {w2}, b {b}</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <extracomment>Set by the tab: returns (data, seed) to train on, or None (and has said why).</extracomment>
        <translation>Entraînement impossible</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Training accuracy &lt;b&gt;{percent}&lt;/b&gt; after {count} {steps}</source>
        <translation>Précision d’entraînement &lt;b&gt;{percent}&lt;/b&gt; après {count} {steps}</translation>
    </message>
    <message>
        <source>Stopped before the first iteration.</source>
        <translation>Arrêté avant la première itération.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Échec de l’entraînement.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Lesson notes</source>
        <extracomment>Notes longer than this are refused by lesson files; the editor stops there.</extracomment>
        <translation>Notes de la leçon</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <source>Notes for the lesson: what to show, what to ask the class…</source>
        <translation>Notes pour la leçon : quoi montrer, quoi demander à la classe…</translation>
    </message>
</context>
<context>
    <name>PlaygroundTab</name>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points :</translation>
    </message>
    <message>
        <source>How many points; for a gate, more than 4 add noisy copies of the corners</source>
        <translation>Combien de points ; pour une porte logique, plus de 4 ajoutent des copies bruitées des coins</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Bruit :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>The same seed gives the same points and the same initial weights</source>
        <translation>La même graine donne les mêmes points et les mêmes poids initiaux</translation>
    </message>
    <message>
        <source>New points</source>
        <translation>Nouveaux points</translation>
    </message>
    <message>
        <source>Draw the data set again with these settings (your clicked points are lost)</source>
        <translation>Tirer à nouveau le jeu de données avec ces réglages (vos points cliqués sont perdus)</translation>
    </message>
    <message>
        <source>class 0 (blue ●)</source>
        <translation>classe 0 (bleu ●)</translation>
    </message>
    <message>
        <source>class 1 (orange ■)</source>
        <translation>classe 1 (orange ■)</translation>
    </message>
    <message>
        <source>Left click on a map adds a point of this class; right click removes the nearest</source>
        <translation>Un clic gauche sur une carte ajoute un point de cette classe ; un clic droit retire le plus proche</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>Entraîner les deux</translation>
    </message>
    <message>
        <source>Train the logistic regression and the network together, on the same points</source>
        <translation>Entraîner la régression logistique et le réseau ensemble, sur les mêmes points</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>While paused: one more iteration in each pane that trains</source>
        <translation>En pause : une itération de plus dans chaque panneau qui s’entraîne</translation>
    </message>
    <message>
        <source>Race rates…</source>
        <translation>Course…</translation>
    </message>
    <message>
        <source>The network (right pane&apos;s settings) trained with several learning rates from the same start: boundaries side by side, costs on one plot</source>
        <translation>Le réseau (réglages du panneau de droite) entraîné avec plusieurs taux d’apprentissage depuis le même départ : frontières côte à côte, coûts sur un même graphique</translation>
    </message>
    <message>
        <source>Click adds:</source>
        <translation>Clic ajoute :</translation>
    </message>
    <message>
        <source>Left click adds a point, right click removes the nearest one.</source>
        <translation>Un clic gauche ajoute un point, un clic droit retire le plus proche.</translation>
    </message>
    <message>
        <source>Not offered here: {models}. The Playground shows the models that declare a Playground pane; train the others on the Train tab.</source>
        <extracomment>one pane per kind with a Playground pane, left to right in the registry&apos;s order</extracomment>
        <translation>Non proposé ici : {models}. Le bac à sable montre les modèles qui y déclarent un volet ; entraînez les autres dans l’onglet « Entraîner ».</translation>
    </message>
    <message>
        <source>Cannot make the data</source>
        <translation>Impossible de créer les données</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Entraînement impossible</translation>
    </message>
    <message>
        <source>Training needs points of both classes; click to add some.</source>
        <translation>L’entraînement a besoin de points des deux classes ; cliquez pour en ajouter.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>PredictTab</name>
    <message>
        <source>true: {name} {mark}</source>
        <extracomment>The size (px) of a prediction&apos;s picture, and how many files are predicted at a time. The label band&apos;s colour when the model&apos;s classes give none. the list&apos;s line, also what a screen reader says for the row the words under the tile the model&apos;s-eye image enlarged to TILE without smoothing the pixel row the model saw &quot;label 97.0 %&quot; on the tile&apos;s bottom band &quot;true: label ✓&quot; on the tile&apos;s top band, empty when the true label is unknown</extracomment>
        <translation>vraie : {name} {mark}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>(pasted image)</source>
        <translation>(image collée)</translation>
    </message>
    <message>
        <source>from {file}</source>
        <extracomment>Dark, distinct label backgrounds (white text stays readable on all of them). every row shown, predictions and skipped files; the gallery and the list are its two views</extracomment>
        <translation>de {file}</translation>
    </message>
    <message>
        <source>trained just now</source>
        <translation>entraîné à l’instant</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>Ouvrir des images…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Predict the image on the clipboard (Ctrl+V)</source>
        <translation>Prédire l’image du presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Predict the test set</source>
        <translation>Prédire le jeu de test</translation>
    </message>
    <message>
        <source>Predict every image held out for testing, with its true label</source>
        <translation>Prédire chaque image mise de côté pour le test, avec sa vraie étiquette</translation>
    </message>
    <message>
        <source>Predicted images</source>
        <translation>Images prédites</translation>
    </message>
    <message>
        <source>Predictions as a list</source>
        <translation>Prédictions sous forme de liste</translation>
    </message>
    <message>
        <source>Double-click an image to see why the model said that</source>
        <translation>Double-cliquez sur une image pour voir pourquoi le modèle a dit cela</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one on the Train tab, or open a model file.</source>
        <translation>&lt;b&gt;Pas encore de modèle.&lt;/b&gt; Entraînez-en un dans l’onglet Entraîner, ou ouvrez un fichier de modèle.</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>niveaux de gris</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>pas d’images</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;{description}: {classes} — applied to images at {looks}.</source>
        <translation>&lt;b&gt;Modèle&lt;/b&gt;{description} : {classes} — appliqué à des images en {looks}.</translation>
    </message>
    <message>
        <source>Drop images or folders here, paste an image (Ctrl+V), or open files.</source>
        <translation>Déposez des images ou des dossiers ici, collez une image (Ctrl+V) ou ouvrez des fichiers.</translation>
    </message>
    <message>
        <source>This data&apos;s test images are in {folders}.</source>
        <translation>Les images de test de ces données sont dans {folders}.</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Images ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Pas de modèle</translation>
    </message>
    <message>
        <source>Train a model or open a model file before predicting.</source>
        <translation>Entraînez un modèle ou ouvrez un fichier de modèle avant de prédire.</translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation>Explication impossible</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <source>No images found in what was dropped.</source>
        <translation>Aucune image trouvée dans ce qui a été déposé.</translation>
    </message>
    <message>
        <source>skipped: {path} — {reason}</source>
        <translation>ignoré : {path} — {reason}</translation>
    </message>
    <message>
        <source>{images} predicted. Drop more, or export the list as CSV.</source>
        <translation>{images} prédite(s). Déposez-en d’autres, ou exportez la liste en CSV.</translation>
    </message>
    <message>
        <source>Cannot predict</source>
        <translation>Prédiction impossible</translation>
    </message>
    <message>
        <source>Prediction failed</source>
        <translation>Échec de la prédiction</translation>
    </message>
    <message>
        <source>Unexpected error while predicting: {error}</source>
        <translation>Erreur inattendue pendant la prédiction : {error}</translation>
    </message>
    <message>
        <source>the predictions</source>
        <translation>les prédictions</translation>
    </message>
    <message>
        <source>Export predictions</source>
        <translation>Exporter les prédictions</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Predictions exported to {path}</source>
        <translation>Prédictions exportées dans {path}</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>Probability of each class</source>
        <translation>Probabilité de chaque classe</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Test set</source>
        <extracomment>the evaluation at the model&apos;s own threshold, and the one shown (at the slider&apos;s threshold)</extracomment>
        <translation>Jeu de test</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Jeu d’entraînement</translation>
    </message>
    <message>
        <source>Percent of each true class</source>
        <translation>Pourcentage de chaque vraie classe</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Every misclassified image, most confidently wrong first</source>
        <translation>Chaque image mal classée, les erreurs les plus sûres d’abord</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>Évaluer sur</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the predicted class. Click a cell to see its images.</source>
        <translation>Lignes : la vraie classe ; colonnes : la classe prédite. Cliquez sur une cellule pour voir ses images.</translation>
    </message>
    <message>
        <source>Precision: of the images predicted this class, the share that are. Recall: of the images of this class, the share found.</source>
        <translation>Précision : parmi les images prédites dans cette classe, la part qui en sont. Rappel : parmi les images de cette classe, la part trouvée.</translation>
    </message>
    <message>
        <source>Confusion matrix (true ↓, predicted →)</source>
        <translation>Matrice de confusion (vraie ↓, prédite →)</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Par classe</translation>
    </message>
    <message>
        <source>Excluded from training</source>
        <translation>Exclues de l’entraînement</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <source>Click a cell of the matrix, or Mistakes, to see the images.</source>
        <translation>Cliquez sur une cellule de la matrice, ou sur Erreurs, pour voir les images.</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>Expliquer…</translation>
    </message>
    <message>
        <source>Exclude from training</source>
        <translation>Exclure de l’entraînement</translation>
    </message>
    <message>
        <source>Draw over it</source>
        <translation>Peindre dessus</translation>
    </message>
    <message>
        <source>Open the selected picture on the Draw tab, to paint over it</source>
        <translation>Ouvrir l’image choisie dans l’onglet Dessiner, pour peindre dessus</translation>
    </message>
    <message>
        <source>Images of the chosen cell</source>
        <translation>Images de la cellule choisie</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model yet.&lt;/b&gt; Train one on the Train tab, or open a model file.</source>
        <translation>&lt;b&gt;Pas encore de modèle.&lt;/b&gt; Entraînez-en un dans l’onglet Entraîner, ou ouvrez un fichier de modèle.</translation>
    </message>
    <message>
        <source>No test set: hold out a share of the images on the Data tab, or choose the training set.</source>
        <translation>Pas de jeu de test : mettez de côté une part des images dans l’onglet Données, ou choisissez le jeu d’entraînement.</translation>
    </message>
    <message>
        <source>Load images on the Data tab to see how the model does.</source>
        <translation>Chargez des images dans l’onglet Données pour voir comment s’en sort le modèle.</translation>
    </message>
    <message>
        <source>Evaluating the model on {images}…</source>
        <translation>Évaluation du modèle sur {images}…</translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation>L’évaluation a échoué.</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>Échec de l’évaluation</translation>
    </message>
    <message>
        <source>Unexpected error while evaluating: {error}</source>
        <translation>Erreur inattendue pendant l’évaluation : {error}</translation>
    </message>
    <message>
        <source>Decision threshold {value}: &apos;{name}&apos; when its probability is above it</source>
        <translation>Seuil de décision {value} : « {name} » quand sa probabilité le dépasse</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>jeu de test</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>jeu d’entraînement</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; right on the {set} ({images}) — {baseline}</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; de réussite sur le {set} ({images}) — {baseline}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Diverged&lt;/b&gt;: the cost exploded (the learning rate is too large); the last finite weights get {percent} on the {set} ({images}) — {baseline}</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Divergé&lt;/b&gt; : le coût a explosé (le taux d’apprentissage est trop grand) ; les derniers poids finis obtiennent {percent} sur le {set} ({images}) — {baseline}</translation>
    </message>
    <message>
        <source>{images} of classes the model does not know left out.</source>
        <translation>{images} de classes que le modèle ne connaît pas laissées de côté.</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count} ({percent} of {true})</source>
        <translation>vraie {true}, prédite {predicted} : {count} ({percent} de {true})</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>right</source>
        <translation>justes</translation>
    </message>
    <message>
        <source>wrong, most confidently wrong first</source>
        <translation>fausses, les erreurs les plus sûres d’abord</translation>
    </message>
    <message>
        <source>True &apos;{true}&apos;, predicted &apos;{predicted}&apos;: {images} ({kind})</source>
        <translation>Vraie « {true} », prédite « {predicted} » : {images} ({kind})</translation>
    </message>
    <message>
        <source>Mistakes: {images}, most confidently wrong first</source>
        <translation>Erreurs : {images}, les plus sûres d’abord</translation>
    </message>
    <message>
        <source>. Double-click an image to see why.</source>
        <translation>. Double-cliquez sur une image pour voir pourquoi.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>true: {true}  predicted: {predicted}</source>
        <translation>vraie : {true}  prédite : {predicted}</translation>
    </message>
    <message>
        <source>Leave the selected images out of training from the next load on (a mislabelled photo)</source>
        <translation>Exclure les images choisies de l’entraînement à partir du prochain chargement (une photo mal étiquetée)</translation>
    </message>
    <message>
        <source>Test images are never trained on: choose the training set to exclude images from training</source>
        <translation>On ne s’entraîne jamais sur les images de test : choisissez le jeu d’entraînement pour exclure des images</translation>
    </message>
    <message>
        <source>Cannot explain</source>
        <translation>Explication impossible</translation>
    </message>
    <message>
        <source>{images} excluded from training: they are left out from the next load and training on.</source>
        <translation>{images} exclue(s) de l’entraînement : elles seront laissées de côté dès le prochain chargement.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Train a new model from the starting weights (Ctrl+T)</source>
        <translation>Entraîner un nouveau modèle depuis les poids de départ (Ctrl+T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop now, keeping the weights reached (Ctrl+.)</source>
        <translation>Arrêter maintenant en gardant les poids atteints (Ctrl+.)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Train further from the weights reached (Ctrl+Shift+T)</source>
        <translation>Continuer l’entraînement depuis les poids atteints (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the run here; press again to resume</source>
        <translation>Mettre l’entraînement en pause ici ; appuyer de nouveau pour reprendre</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>While paused: one more iteration (one epoch for the network)</source>
        <translation>En pause : une itération de plus (une époque pour le réseau)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Écoulé {time}</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
    <message>
        <source> · remaining about {time}</source>
        <translation> · reste environ {time}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>as fast as possible</source>
        <extracomment>The pace choices: (label, seconds the run is shown over; None = as fast as possible).</extracomment>
        <translation>aussi vite que possible</translation>
    </message>
    <message>
        <source>show over 5 s</source>
        <translation>montrer sur 5 s</translation>
    </message>
    <message>
        <source>show over 10 s</source>
        <translation>montrer sur 10 s</translation>
    </message>
    <message>
        <source>show over 30 s</source>
        <translation>montrer sur 30 s</translation>
    </message>
    <message>
        <source>Model and training</source>
        <translation>Modèle et entraînement</translation>
    </message>
    <message>
        <source>Logistic regression: one sigmoid neuron. Neural network: one hidden layer.</source>
        <translation>Régression logistique : un neurone sigmoïde. Réseau de neurones : une couche cachée.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Step size of gradient descent (arrows step 1–2–5 per decade)</source>
        <extracomment>Where a setting&apos;s row goes: the main box (never scrolls), the recording box; every other one in the kind&apos;s box. Settings whose box shows 0 as &quot;auto&quot; (unset: the network chooses from the data&apos;s size). The window&apos;s own words for a setting where the flag&apos;s help speaks of the command line (several rates).</extracomment>
        <translation>Pas de la descente de gradient (les flèches vont par 1–2–5 par décade)</translation>
    </message>
    <message>
        <source>Recording and pace</source>
        <translation>Enregistrement et rythme</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <extracomment>every kind&apos;s settings by name, each with the widget made from its field (a name several kinds share is one widget; its range is the shown kind&apos;s)</extracomment>
        <translation>{setting} :</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Record every:</source>
        <translation>Enregistrer tous les :</translation>
    </message>
    <message>
        <source>Spread the run over a few seconds so a class can follow it; Pause and Step still answer at once</source>
        <translation>Étaler l’entraînement sur quelques secondes pour qu’une classe puisse le suivre ; Pause et Pas répondent toujours aussitôt</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Rythme :</translation>
    </message>
    <message>
        <source>Record every ({steps}):</source>
        <translation>Enregistrer tous les ({steps}) :</translation>
    </message>
    <message>
        <source>{steps}:</source>
        <translation>{steps} :</translation>
    </message>
</context>
<context>
    <name>StepSliceView</name>
    <message>
        <source>overflow</source>
        <extracomment>Rows × features up to which a slice is computed where it is asked for (the toy sets: under a millisecond). A slice spanning more than this ratio of costs is drawn on a logarithmic axis. A slice computed on a worker starts this long after it is asked for (newer requests replace it meanwhile).</extracomment>
        <translation>dépassement</translation>
    </message>
    <message>
        <source>The step slice appears at a recorded point of a run.</source>
        <translation>La coupe du pas apparaît à un point enregistré d’un entraînement.</translation>
    </message>
    <message>
        <source>Step slice</source>
        <translation>Coupe du pas</translation>
    </message>
    <message>
        <source>The data loaded now are not the ones this model was trained on.</source>
        <translation>Les données chargées ne sont pas celles sur lesquelles ce modèle a été entraîné.</translation>
    </message>
    <message>
        <source>↑ overshoots</source>
        <translation>↑ dépasse</translation>
    </message>
    <message>
        <source>↓ falls</source>
        <translation>↓ baisse</translation>
    </message>
    <message>
        <source> at epoch {number}</source>
        <translation> à l’époque {number}</translation>
    </message>
    <message>
        <source> at iteration {number}</source>
        <translation> à l’itération {number}</translation>
    </message>
    <message>
        <source>lands higher than it starts: it overshoots</source>
        <translation>arrive plus haut qu’il ne part : il dépasse</translation>
    </message>
    <message>
        <source>lands lower: the cost falls</source>
        <translation>arrive plus bas : le coût baisse</translation>
    </message>
    <message>
        <source>lies beyond 3× the rate</source>
        <translation>est au-delà de 3× le taux</translation>
    </message>
    <message>
        <source>is at α = {rate}</source>
        <translation>est à α = {rate}</translation>
    </message>
    <message>
        <source>Cost along the gradient{where}, from {start} (dashed): the step of lr {rate} {verdict}; the lowest cost on it {best}.</source>
        <translation>Coût le long du gradient{where}, depuis {start} (pointillés) : le pas de lr {rate} {verdict} ; le coût le plus bas {best}.</translation>
    </message>
    <message>
        <source>Training takes {count} minibatch steps an epoch; this slice follows the whole training set&apos;s gradient.</source>
        <translation>L’entraînement fait {count} pas de mini-lot par époque ; cette coupe suit le gradient de tout le jeu d’entraînement.</translation>
    </message>
    <message>
        <source>step size α</source>
        <translation>pas α</translation>
    </message>
</context>
<context>
    <name>StepWord</name>
    <message>
        <source>iteration</source>
        <extracomment>the names of a step, as lrgui.session.settings.step_word gives them</extracomment>
        <translation>itération</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>itérations</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
</context>
<context>
    <name>TrainPlots</name>
    <message>
        <source>diverged</source>
        <extracomment>Presenting, the curve keeps at least this much of the room the weights do not need (px wide or tall).</extracomment>
        <translation>divergé</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Replay the run: the weights, costs and accuracies at each recorded point (← and → move one point)</source>
        <extracomment>started when a run ends: :meth:`end` in a turn of its own (a new run&apos;s begin stops it)</extracomment>
        <translation>Rejouer l’entraînement : poids, coûts et précisions à chaque point enregistré (← et → avancent d’un point)</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Continuer d’ici</translation>
    </message>
    <message>
        <source>Train on from the point the slider shows, dropping what came after it</source>
        <translation>Continuer l’entraînement depuis le point du curseur, en abandonnant la suite</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Relecture :</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Cost on a logarithmic axis: late, small improvements become visible (L)</source>
        <translation>Coût sur un axe logarithmique : les petites améliorations tardives deviennent visibles (L)</translation>
    </message>
    <message>
        <source>Same scale</source>
        <translation>Même échelle</translation>
    </message>
    <message>
        <source>The cost axis from 0 to the largest first cost, however the runs go: a slow learning rate looks slow</source>
        <translation>L’axe du coût de 0 au plus grand coût initial, quels que soient les entraînements : un taux d’apprentissage lent a l’air lent</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Train and test accuracy during training, on a panel under the cost</source>
        <translation>Précision d’entraînement et de test pendant l’entraînement, dans un panneau sous le coût</translation>
    </message>
    <message>
        <source>Step slice</source>
        <translation>Coupe du pas</translation>
    </message>
    <message>
        <source>The cost along the next step&apos;s direction, J(θ − α·g) for α from 0 to 3× the learning rate: where this rate&apos;s step lands, and the best one</source>
        <translation>Le coût dans la direction du prochain pas, J(θ − α·g) pour α de 0 à 3× le taux d’apprentissage : où arrive le pas de ce taux, et le meilleur</translation>
    </message>
    <message>
        <source>Compare rates:</source>
        <translation>Comparer des taux :</translation>
    </message>
    <message>
        <source>Train one model per rate, one after another, and overlay their costs</source>
        <translation>Entraîner un modèle par taux, l’un après l’autre, et superposer leurs coûts</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>Coût final</translation>
    </message>
    <message>
        <source>Test cost</source>
        <translation>Coût de test</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>Précision d&apos;entraînement</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Précision de test</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation>modèle chargé</translation>
    </message>
    <message>
        <source> ({index} of {points})</source>
        <translation> ({index} sur {points})</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>No data loaded: add classes on the Data tab.</source>
        <extracomment>after a Stop: (session, results, the model shown) until the point it stopped at is measured</extracomment>
        <translation>Aucune donnée chargée : ajoutez des classes dans l’onglet Données.</translation>
    </message>
    <message>
        <source>Train / pause / resume</source>
        <translation>Entraîner / pause / reprendre</translation>
    </message>
    <message>
        <source>Step one iteration (paused) / next recorded point</source>
        <translation>Avancer d’une itération (en pause) / point enregistré suivant</translation>
    </message>
    <message>
        <source>Back one recorded point</source>
        <translation>Reculer d’un point enregistré</translation>
    </message>
    <message>
        <source>Log scale on/off</source>
        <translation>Échelle log oui/non</translation>
    </message>
    <message>
        <source>Data: {images}, {classes} ({names}).</source>
        <translation>Données : {images}, {classes} ({names}).</translation>
    </message>
    <message>
        <source>Train a model to see its accuracy.</source>
        <translation>Entraînez un modèle pour voir sa précision.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Entraînement impossible</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Paused: Step goes one iteration further, Pause again resumes</source>
        <translation>En pause : Pas avance d’une itération, Pause de nouveau reprend</translation>
    </message>
    <message>
        <source>Preparing (building the Gram matrix)…</source>
        <translation>Préparation (construction de la matrice de Gram)…</translation>
    </message>
    <message>
        <source>Stopped before the first iteration.</source>
        <translation>Arrêté avant la première itération.</translation>
    </message>
    <message>
        <source>Training stopped before it began</source>
        <translation>Entraînement arrêté avant de commencer</translation>
    </message>
    <message>
        <source>Training finished: {note}</source>
        <translation>Entraînement terminé : {note}</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Échec de l’entraînement.</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>red</source>
        <extracomment>blue (against) – white (no effect) – vermillion (for): the pair of the explanation overlay A network with more hidden units shows the first ones only: tiles smaller than this say nothing. Blank pixels between two panels of the mosaic. On-screen side of one picture a class can read from the room: a few classes&apos; pictures, many hidden units&apos;.</extracomment>
        <translation>rouge</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>for &apos;{name}&apos;</source>
        <translation>pour « {name} »</translation>
    </message>
    <message>
        <source>unit {number}</source>
        <extracomment>The channel choice&apos;s first item: a pixel&apos;s three weights added up.</extracomment>
        <translation>unité {number}</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here excites the unit; blue: it holds the unit back; white: no effect.</source>
        <translation>Orange : un pixel plus clair ici excite l’unité ; bleu : il la freine ; blanc : aucun effet.</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here pushes towards &apos;{name}&apos;; blue: away from it; white: no effect.</source>
        <translation>Orange : un pixel plus clair ici pousse vers « {name} » ; bleu : l’en éloigne ; blanc : aucun effet.</translation>
    </message>
    <message>
        <source>Orange: a brighter pixel here pushes towards the tile&apos;s class; blue: away from it; white: no effect.</source>
        <translation>Orange : un pixel plus clair ici pousse vers la classe de la vignette ; bleu : l’en éloigne ; blanc : aucun effet.</translation>
    </message>
    <message>
        <source>Weights</source>
        <extracomment>The colour scale&apos;s ends step through these (× 10ᵏ): at most a fifth of the scale unused, and a live run&apos;s colour bar keeps its labels until the weights outgrow them (re-ticking its axis was half of each redraw). the number or size of the pictures changed: the room they need (:meth:`wanted_width`) changed</extracomment>
        <translation>Poids</translation>
    </message>
    <message>
        <source>A colour model has a weight per pixel and channel: R+G+B shows their sum, or choose one channel</source>
        <translation>Un modèle en couleur a un poids par pixel et par canal : R+G+B montre leur somme, ou choisissez un canal</translation>
    </message>
    <message>
        <source>Colour channel of the weights</source>
        <translation>Canal de couleur des poids</translation>
    </message>
    <message>
        <source>Weight pictures</source>
        <translation>Images des poids</translation>
    </message>
    <message>
        <source>Orange (vermillion): this pixel&apos;s brightness speaks for the class; blue: against; white: no effect</source>
        <translation>Orange (vermillon) : la luminosité de ce pixel parle pour la classe ; bleu : contre ; blanc : aucun effet</translation>
    </message>
    <message>
        <source>Weights: these data are not images</source>
        <translation>Poids : ces données ne sont pas des images</translation>
    </message>
    <message>
        <source>First-layer weights per hidden unit</source>
        <translation>Poids de la première couche par unité cachée</translation>
    </message>
    <message>
        <source>Weights per pixel</source>
        <translation>Poids par pixel</translation>
    </message>
    <message>
        <source>{title}: no pictures yet.</source>
        <translation>{title} : pas encore d&apos;images.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} de plus</translation>
    </message>
    <message>
        <source>{title}, one picture each: {panels}. {legend}</source>
        <translation>{title}, une image chacun : {panels}. {legend}</translation>
    </message>
    <message>
        <source>{title}, pixel ({y}, {x}): weight {value}</source>
        <translation>{title}, pixel ({y}, {x}) : poids {value}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Cannot train</source>
        <translation>Entraînement impossible</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>There is not enough memory to train on this data. Try a smaller image size or fewer images.</source>
        <translation>Il n’y a pas assez de mémoire pour s’entraîner sur ces données. Essayez une taille d’image plus petite ou moins d’images.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Échec de l’entraînement</translation>
    </message>
    <message>
        <source>Unexpected error during training: {error}</source>
        <translation>Erreur inattendue pendant l’entraînement : {error}</translation>
    </message>
</context>
</TS>
