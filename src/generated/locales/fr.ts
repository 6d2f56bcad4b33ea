
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'agenda-session-ended': `Terminée`,
's0553421190ced56c': `Le programme de cet événement n’a pas encore été publié.`,
's0d92757d19c079a4': `Le flux d’événements intégré à cette page ne contient pas de liste d’événements.`,
's0fbf6dc6a1966408': `À suivre`,
's1b620e51708bd4dd': `Ajouter à l’agenda`,
's1f9ed8d17b81180c': str`En ${0}`,
's2903cbf341987490': `Toutes les thématiques`,
's2d922628149f21ac': `Ajouter l’événement à mon agenda`,
's326bf8c06cf5db8a': str`Le ${0}`,
's36d41c7532269f47': str`Le flux d’événements est introuvable à l’adresse ${0} (erreur 404). Vérifiez l’adresse.`,
's3763f519c347a9f7': `En cours`,
's3b3c333481944862': `Afficher les détails`,
's3bb786d3b55ba37c': `Annulé`,
's3e37405ad1394c53': `lieu à confirmer`,
's416b8ebbb1b6c0af': str`La cible du compte à rebours ${0} n’existe pas dans le fuseau ${1} : les horloges sautent cette heure-là.`,
's42a5dc55f504f8a9': `La propriété feed ne contient pas de flux d’événements : elle n’a pas de liste d’événements.`,
's4627a9667a335f23': `À venir`,
's5543af54cb4d6682': `La propriété feed contient un texte qui n’est pas du JSON valide.`,
's5a96f18ea7e0e519': str`Impossible d’accéder au flux d’événements (${0}). Vérifiez l’adresse et assurez-vous que son serveur autorise ce site à le lire.`,
's5d82176efe1ef78c': `Les informations sur l’événement n’ont pas pu être affichées.`,
's605d402692fe23dd': `Fait partie de`,
's618a66ba65963d18': str`${0} sessions affichées sur ${1}.`,
's61ad1ec3584cbe83': `Filtrer par thématique`,
's694d2385227feac3': `Désormais en ligne`,
's6a58a3643f6865ad': str`Le serveur du flux d’événements a répondu par l’erreur ${0} (${1}).`,
's6b1376d0316785d0': str`La cible du compte à rebours « ${0} » n’est pas une date : écrivez-la comme 2019-12-09T12:30 ou 2019-12-09T18:30:00Z.`,
's7492e43aaa66d2bf': str`Le flux d’événements situé à l’adresse ${0} n’est pas un JSON valide ; il contient peut-être une faute de frappe.`,
's75f327cafe2dea1c': `Aucun flux d’événements n’est défini : ajoutez à l’élément un attribut src contenant l’adresse du flux.`,
's776d6a50167ab1b8': str`heure de ${0}, ${1}`,
's840372ac3b2d998f': str`Le fichier situé à l’adresse ${0} n’est pas un flux d’événements : il ne contient pas de liste d’événements.`,
's8740722379f1316e': str`L’adresse du flux d’événements n’est pas une adresse web valide : ${0}`,
's8fbbda40a6a58a03': `Commence dans`,
's8feccfd95c5a34f0': `Afficher les heures dans mon fuseau horaire`,
's9b2ffa813c8d2064': `Début :`,
'sa995ebd63979df2a': str`Ce flux ne contient aucun événement portant l’id « ${0} ».`,
'saa9a5676fd2b8dbe': str`Ce flux ne contient aucun événement utilisable portant l’id « ${0} » : un événement a été écarté parce que son début manque ou n’est pas une date.`,
'sab77d17fb8dfa0bd': `Temps restant`,
'sabf0e099159a8caa': `en ligne`,
'sb286421d1fbed34e': str`Horaires de l’événement : ${0}.`,
'sbbb2bd6c5f007e7b': `Fin :`,
'sc746bee30bd87696': str`Horaires : ${0}.`,
'sc7b4691a55efaba7': str`Votre fuseau horaire : ${0}.`,
'scae753aa81a865b1': `Chargement des informations sur l’événement…`,
'scf9adaf9d4dea6c6': str`Le chargement du flux d’événements a pris trop de temps (${0}). Réessayez plus tard.`,
'sd685c85b245c6e9f': `Masquer les détails`,
'sd79c3d195bfcd52f': `En cours`,
'sde7a7ce9c8f663a1': `Reporté`,
'se4edc81c590226e5': `Organisé par`,
'se90cd2152cf8991b': `Reprogrammé`,
'seadeb3a807d7478a': `En ligne`,
'sedab98e36ab5ee60': `Ce flux ne contient aucun événement.`,
'sefa7962908337eb1': `Le flux d’événements intégré à cette page n’est pas un JSON valide ; il contient peut-être une faute de frappe.`,
'sf113fa256db9617b': `Terminé`,
'sf4adf80b7a605b0d': `également en ligne`,
'sf75149d9094b29ef': `Ce compte à rebours n’a pas de cible : indiquez une date dans l’attribut target, ou un événement d’un flux.`,
'sfec7f4f76aee82c1': `Suivant dans la série :`,
    };
  