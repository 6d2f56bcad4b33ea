
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0d92757d19c079a4': `Le flux d’événements intégré à cette page ne contient pas de liste d’événements.`,
's249e27705ccae891': `Aucun objectif n'a été publié pour cet événement.`,
's36d41c7532269f47': str`Le flux d’événements est introuvable à l’adresse ${0} (erreur 404). Vérifiez l’adresse.`,
's3bb786d3b55ba37c': `Annulé`,
's3e37405ad1394c53': `lieu à confirmer`,
's42a5dc55f504f8a9': `La propriété feed ne contient pas de flux d’événements : elle n’a pas de liste d’événements.`,
's5543af54cb4d6682': `La propriété feed contient un texte qui n’est pas du JSON valide.`,
's5a96f18ea7e0e519': str`Impossible d’accéder au flux d’événements (${0}). Vérifiez l’adresse et assurez-vous que son serveur autorise ce site à le lire.`,
's5d82176efe1ef78c': `Les informations sur l’événement n’ont pas pu être affichées.`,
's605d402692fe23dd': `Fait partie de`,
's694d2385227feac3': `Désormais en ligne`,
's6a58a3643f6865ad': str`Le serveur du flux d’événements a répondu par l’erreur ${0} (${1}).`,
's6c0d27b50eeb5b9f': str`Afficher les ${0} objectifs`,
's7492e43aaa66d2bf': str`Le flux d’événements situé à l’adresse ${0} n’est pas un JSON valide ; il contient peut-être une faute de frappe.`,
's75f327cafe2dea1c': `Aucun flux d’événements n’est défini : ajoutez à l’élément un attribut src contenant l’adresse du flux.`,
's776d6a50167ab1b8': str`heure de ${0}, ${1}`,
's840372ac3b2d998f': str`Le fichier situé à l’adresse ${0} n’est pas un flux d’événements : il ne contient pas de liste d’événements.`,
's8740722379f1316e': str`L’adresse du flux d’événements n’est pas une adresse web valide : ${0}`,
's91de7052854e57bb': `Objectifs de développement durable`,
'sa995ebd63979df2a': str`Ce flux ne contient aucun événement portant l’id « ${0} ».`,
'sabf0e099159a8caa': `en ligne`,
'sc8a7c56c6e818b51': `Objectifs`,
'scae753aa81a865b1': `Chargement des informations sur l’événement…`,
'scf9adaf9d4dea6c6': str`Le chargement du flux d’événements a pris trop de temps (${0}). Réessayez plus tard.`,
'sd30fb40abf72b713': `Afficher moins d'objectifs`,
'sde7a7ce9c8f663a1': `Reporté`,
'sdg-1': `Pas de pauvreté`,
'sdg-10': `Inégalités réduites`,
'sdg-11': `Villes et communautés durables`,
'sdg-12': `Consommation et production responsables`,
'sdg-13': `Mesures relatives à la lutte contre les changements climatiques`,
'sdg-14': `Vie aquatique`,
'sdg-15': `Vie terrestre`,
'sdg-16': `Paix, justice et institutions efficaces`,
'sdg-17': `Partenariats pour la réalisation des objectifs`,
'sdg-2': `Faim « zéro »`,
'sdg-3': `Bonne santé et bien-être`,
'sdg-4': `Éducation de qualité`,
'sdg-5': `Égalité entre les sexes`,
'sdg-6': `Eau propre et assainissement`,
'sdg-7': `Énergie propre et d'un coût abordable`,
'sdg-8': `Travail décent et croissance économique`,
'sdg-9': `Industrie, innovation et infrastructure`,
'se3be3b494f59aa60': str`Objectif ${0} : ${1}`,
'se4edc81c590226e5': `Organisé par`,
'se90cd2152cf8991b': `Reprogrammé`,
'seadeb3a807d7478a': `En ligne`,
'sedab98e36ab5ee60': `Ce flux ne contient aucun événement.`,
'sefa7962908337eb1': `Le flux d’événements intégré à cette page n’est pas un JSON valide ; il contient peut-être une faute de frappe.`,
'sf4adf80b7a605b0d': `également en ligne`,
    };
  